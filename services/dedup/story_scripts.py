"""The Lua scripts of RedisStoryStore: an article's first read, candidate ranking, the commit.

Keys are built in the scripts from the store's key prefix (`<prefix>:dedup:story:`), and lists
travel as one argument each (`packed`): redis-py packs every argument in Python, ~1 µs each, and
an article's first read and commit used to send ~120 between them.
"""

from collections.abc import Iterable

# Items packed as one string and their byte lengths ("3,0,12"): any bytes, one argument each.
_SPLIT = """
local function split(blob, lengths)
  local items, at = {}, 1
  for n in string.gmatch(lengths, '%d+') do
    local stop = at + tonumber(n)
    items[#items + 1] = string.sub(blob, at, stop - 1)
    at = stop
  end
  return items
end
"""


def packed(items: Iterable[str]) -> tuple[bytes, str]:
    """Items as one string and their byte lengths, as the scripts' split() reads them."""
    encoded = [item.encode() for item in items]
    return b"".join(encoded), ",".join([str(len(e)) for e in encoded])


# ARGV: prefix, article id, story, version read, centroid, ttl, df ttl, hours, per-key cap, day,
# candidate keys and their lengths (packed, without the prefix), terms and their lengths.
COMMIT = (
    _SPLIT
    + """
local prefix = ARGV[1]
local of = prefix .. 'of:' .. ARGV[2]
local known = redis.call('GET', of)
if known then return known end
local state = prefix .. 'state:' .. ARGV[3]
local version = tonumber(redis.call('HGET', state, 'v') or '0')
if version ~= tonumber(ARGV[4]) then return false end
local ttl = tonumber(ARGV[6])
redis.call('SET', of, ARGV[3], 'EX', ttl)
redis.call('HSET', state, 'v', version + 1, 's', ARGV[5])
redis.call('EXPIRE', state, ttl)
local cap = -tonumber(ARGV[9]) - 1
for _, key in ipairs(split(ARGV[11], ARGV[12])) do
  key = prefix .. 'key:' .. key
  -- Only a story new to the key can take it past the cap (a joined story just moves).
  if redis.call('ZADD', key, ARGV[8], ARGV[3]) == 1 then
    redis.call('ZREMRANGEBYRANK', key, 0, cap)
  end
  redis.call('EXPIRE', key, ttl)
end
local df = prefix .. 'df:' .. ARGV[10]
redis.call('HINCRBY', df, '', 1)
for _, term in ipairs(split(ARGV[13], ARGV[14])) do redis.call('HINCRBY', df, term, 1) end
redis.call('EXPIRE', df, tonumber(ARGV[7]))
return ARGV[3]
"""
)

# candidates(keys, state key prefix, lowest hours, highest hours, per key, max candidates, out). The newest PER_KEY stories of each key within the hours, ranked by keys shared
# then story id (bytewise, as Python orders str), and the centroids of the first MAX_CANDIDATES:
# story, version, centroid triples from one round trip. Reads only: atomicity stays with commit.
_RANKED = """
local function candidates(keys, prefix, lo, hi, per_key, limit, out)
local hits, order = {}, {}
for i = 1, #keys do
  local found = redis.call('ZREVRANGEBYSCORE', keys[i], hi, lo, 'LIMIT', 0, per_key)
  for _, story in ipairs(found) do
    if not hits[story] then hits[story] = 0; order[#order + 1] = story end
    hits[story] = hits[story] + 1
  end
end
-- Bytewise order, as Python orders str (Lua's `<` follows the server's locale): the first 12
-- bytes as two exact numbers decide nearly every pair without a loop over characters.
local head = {}
local function head_of(story)
  local found = head[story]
  if found then return found end
  local b = {string.byte(story, 1, 12)}
  for k = #b + 1, 12 do b[k] = -1 end
  local hi, lo = 0, 0
  for k = 1, 6 do hi = hi * 257 + b[k] + 1; lo = lo * 257 + b[k + 6] + 1 end
  head[story] = {hi, lo}
  return head[story]
end
local function before(a, b)
  local ha, hb = head_of(a), head_of(b)
  if ha[1] ~= hb[1] then return ha[1] < hb[1] end
  if ha[2] ~= hb[2] then return ha[2] < hb[2] end
  for k = 13, math.min(#a, #b) do
    local x, y = string.byte(a, k), string.byte(b, k)
    if x ~= y then return x < y end
  end
  return #a < #b
end
-- Only the first MAX_CANDIDATES are needed: stories grouped by keys shared, groups taken from
-- the most shared down, each sorted by id; most stories share one key and are rarely sorted.
local limit, groups, most = tonumber(limit), {}, 0
for _, story in ipairs(order) do
  local h = hits[story]
  if not groups[h] then groups[h] = {} end
  local group = groups[h]
  group[#group + 1] = story
  if h > most then most = h end
end
local ranked = {}
for h = most, 1, -1 do
  if #ranked == limit then break end
  local group = groups[h]
  if group then
    table.sort(group, before)
    for _, story in ipairs(group) do
      if #ranked == limit then break end
      ranked[#ranked + 1] = story
    end
  end
end
for _, story in ipairs(ranked) do
  local row = redis.call('HMGET', prefix .. story, 'v', 's')
  if row[2] then
    out[#out + 1] = story
    out[#out + 1] = row[1] or '0'
    out[#out + 1] = row[2]
  end
end
return out
end
"""

# KEYS: candidate keys; ARGV: state key prefix, lowest hours, highest hours, per key, max
# candidates.
CANDIDATES = (
    _RANKED
    + """
return candidates(KEYS, ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], {})
"""
)

# The first read of an article's linking, in one round trip: the article's story (a redelivery
# stops there), its original's, the document frequencies summed over the day buckets and, unless
# the article has a story or copies one, the candidates of its keys, the rarest title stems among
# them chosen here by the same IDF as stories.idf_of (the caller checks it chose the same).
# ARGV: prefix, article id ('' for none), original's id or '', last day, days, fields and their
# lengths (packed: the terms, then the articles field), '1' to read candidates; then lowest and
# highest hours, per key, max candidates, rare stems wanted, prior documents, the keys known
# before IDF (packed, without the prefix), the title stems (packed), each stem's field number
# (0: not a term) and prior document count (both ',' separated).
# Reply: {story} when the article has one, else {'', original's story or '', the sums (','
# separated, one per field), the rarest stems as title stem numbers (',' separated), story,
# version, centroid triples...}.
FIRST_LOOK = (
    _SPLIT
    + _RANKED
    + """
local prefix = ARGV[1]
if ARGV[2] ~= '' then
  local known = redis.call('GET', prefix .. 'of:' .. ARGV[2])
  if known then return {known} end
end
local copied = ARGV[3] ~= '' and redis.call('GET', prefix .. 'of:' .. ARGV[3]) or false
local fields, sums = split(ARGV[6], ARGV[7]), {}
local f = #fields
for j = 1, f do sums[j] = 0 end
local last = tonumber(ARGV[4])
for day = last - tonumber(ARGV[5]) + 1, last do
  local row = redis.call('HMGET', prefix .. 'df:' .. day, unpack(fields))
  for j = 1, f do
    if row[j] then sums[j] = sums[j] + tonumber(row[j]) end
  end
end
local out = {'', copied or '', table.concat(sums, ','), ''}
if copied or ARGV[8] ~= '1' then return out end
local total = sums[f] + tonumber(ARGV[14])
local stems, at, prior = split(ARGV[17], ARGV[18]), {}, {}
for n in string.gmatch(ARGV[19], '[^,]+') do at[#at + 1] = tonumber(n) end
for n in string.gmatch(ARGV[20], '[^,]+') do prior[#prior + 1] = tonumber(n) end
local idf, order = {}, {}
for k = 1, #stems do
  order[k] = k
  if at[k] > 0 then
    idf[k] = math.log((total + 1) / (sums[at[k]] + prior[k] + 1)) + 1
  else
    idf[k] = 0
  end
end
-- Rarest first, ties by bytewise order as Python sorts str.
table.sort(order, function(a, b)
  if idf[a] ~= idf[b] then return idf[a] > idf[b] end
  local x, y = stems[a], stems[b]
  for k = 1, math.min(#x, #y) do
    local p, q = string.byte(x, k), string.byte(y, k)
    if p ~= q then return p < q end
  end
  return #x < #y
end)
local rare = math.min(#stems, tonumber(ARGV[13]))
local keys, seen = {}, {}
for _, key in ipairs(split(ARGV[15], ARGV[16])) do
  key = prefix .. 'key:' .. key
  if not seen[key] then keys[#keys + 1] = key; seen[key] = true end
end
for k = 1, rare do
  local key = prefix .. 'key:s:' .. stems[order[k]]
  if not seen[key] then keys[#keys + 1] = key; seen[key] = true end
end
out[4] = table.concat(order, ',', 1, rare)
return candidates(keys, prefix .. 'state:', ARGV[9], ARGV[10], ARGV[11], ARGV[12], out)
"""
)

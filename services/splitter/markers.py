"""What a page line announces: read-also articles, related headlines, source, keywords, furniture."""

import re
from functools import lru_cache

_FOLD_PAIRS = tuple(zip("أإآٱىیکة", "ااااييكه", strict=True))
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_MARK_OR_CHAR = re.compile("[\u064b-\u0652\u0670\u0640]|.", re.S)

READ_ALSO = re.compile(
    r"^\W*(?:(?:اقرا|طالع|شاهد|اقرئي|تابع|read)\s+(?:ايضا|كذلك|also)|also\s+read|(?:[aà]\s+)?lire\s+aussi|(?:المقال|الخبر|الموضوع)\s+(?:التالي|السابق)|next\s+(?:article|story)|article\s+suivant)\b\W*",
    re.I,
)
_RELATED_NAMES = (
    "مقالات مشابهه", "مقالات ذات صله", "اخبار ذات صله", "اخبار ذات الصله", "مواضيع ذات صله",
    "موضوعات ذات صله", "مواد ذات صله", "اخبار متعلقه", "مقالات متعلقه", "اخبار مشابهه",
    "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تداولا", "الاكثر شيوعا", "قد يهمك ايضا", "قد يهمك",
    "قد يعجبك ايضا", "ننصحك بقراءه", "المزيد من الاخبار", "اخبار اخري", "اخترنا لك",
    "related articles", "related stories", "related news", "related", "read more", "ذات صله",
    "more stories", "most read", "most popular", "you may also like", "see also",
    "المزيد حول هذه القصه", "اقرا المزيد حول هذه القصه", "المزيد حول هذا الموضوع",
)  # fmt: skip
# Arabic function words: headings do not end on them; their share of a line is how much of
# it is running text (jusText's stop-word density).
FUNCTION_WORDS = frozenset(
    [
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "عن",
        "مع",
        "و",
        "أو",
        "او",
        "ثم",
        "بين",
        "حول",
        "ضد",
        "عند",
        "لدى",
        "منذ",
        "حتى",
        "خلال",
        "دون",
        "نحو",
        "أن",
        "ان",
        "إن",
        "لا",
        "لم",
        "لن",
        "ما",
        "قد",
        "التي",
        "الذي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "عبر",
        "لـ",
        "بـ",
    ]
)

# "<kind of item> <how it relates>": مواضيع ذات صلة، أخبار متعلقة، مقالات مشابهة، روابط مرتبطة ...
_RELATED_FORM = (
    r"(?:ال)?(?:مواضيع|موضوعات|مقالات|اخبار|روابط|قصص|تقارير|مواد|عناوين)\s+"
    r"(?:ذات\s+(?:ال)?(?:صله|علاقه)|(?:ال)?متعلقه|(?:ال)?مشابهه|(?:ال)?مرتبطه|(?:ال)?مقترحه|اخري|قد\s+تهمك)"
    r"|articles?\s+(?:similaires|connexes|liés)|voir\s+aussi|sur\s+le\s+même\s+sujet"
)
RELATED = re.compile(
    r"^\W*(?:"
    + "|".join(n.replace(" ", r"\s+") for n in _RELATED_NAMES)
    + rf"|{_RELATED_FORM})\b\s*[:：\-–]?\s*",
    re.I,
)
SOURCE = re.compile(r"^\W*(?:المصدر|مصدر الخبر|source)\s*[:：\-–]\s*", re.I)
KEYWORDS = re.compile(
    r"^\W*(?:كلمات دلاليه|الكلمات الداله|كلمات داله|الكلمات الدلاليه|كلمات مفتاحيه|الكلمات المفتاحيه"
    r"|كلمات البحث|كلمات بحث|هاشتاغ|هاشتاج"
    r"|الوسوم|وسوم|الاوسمه|التسميات|tags|labels|keywords|mots[\s-]cles|mots[\s-]clés|étiquettes)"
    r"\s*[:：\-–]?\s*|^\W*(?:ال)?(?:مواضيع|topics|sujets)\s*[:：]\s*",
    re.I,
)
# What ends an article on a page: its comment section, a poll, the site's footer. A label alone
# ("التعليقات (2)"), with a colon, or before a poll question; footer labels with anything after.
_END_LABELS = (
    r"(?:ال)?تعليقات(?:\s+القراء)?|اضف\s+تعليق\w*|اترك\s+(?:تعليقا|ردا|تعليق)|شارك\s+برايك|اراء\s+القراء"
    r"|comments?|leave\s+a\s+(?:reply|comment)|add\s+a\s+comment|commentaires?|laisser\s+un\s+commentaire"
    r"|(?:ال)?استطلاع(?:\s+(?:ال)?راي)?|(?:ال)?استفتاء|صوت\s+الان|poll|sondage"
    r"|عن\s+الكاتب|نبذه\s+عن\s+الكاتب|about\s+the\s+author|à\s+propos\s+de\s+l'auteur"
    r"|\d+\s+(?:تعليق|تعليقات|ردود|comments?|responses?|commentaires?)(?:\s+(?:علي|on|sur)\s.*)?"
)
_FOOTER_LABELS = (
    r"جميع\s+الحقوق|كل\s+الحقوق|حقوق\s+(?:النشر|الطبع)|©|copyright|all\s+rights\s+reserved"
    r"|tous\s+droits|من\s+نحن|about\s+us|qui\s+sommes"
)
# A wire's sign-off: "(النهاية)", editors' initials "(ر.ك/م.ح)" or "ر ع / م ح".
_SIGN_OFF = (
    r"\((?:النهايه|انتهي|end)\)|\(?(?:\w\.?\s?){1,3}/\s?(?:\w\.?\s?){1,3}\)?(?:\s|$)"
    r"|[^/\d]{2,30}/\s?(?:\w\.?\s?){1,3}/\s?(?:\w\.?\s?){1,3}\s*$"  # "وكالة رويترز/ف ح/ع ر"
)
_FOOTER_LINKS = re.compile(
    r"من\s+نحن|اتصل\s+بنا|اتصلوا\s+بنا|سياسه\s+الخصوصيه|شروط\s+الاستخدام|خريطه\s+الموقع|اعلن\s+معنا"
    r"|about\s+us|contact\s+us|privacy\s+policy|terms\s+of\s+use|sitemap|mentions\s+légales"
)
END = re.compile(
    rf"^\W*(?:(?:{_END_LABELS})(?:[\s\d():：\-–|]*(?:{_END_LABELS})?[\s\d():：\-–|]*$"
    rf"|\s.*[?؟]\s*$)|(?:{_FOOTER_LABELS}))"
    rf"|^\s*(?:{_SIGN_OFF})",
    re.I,
)
# Prompts and notices that are never article text, whatever their length: cookie consent,
# app, channel and newsletter prompts, syndication and wire sign-off lines.
_NOTICE = re.compile(
    r"cookie|ملفات\s+(?:تعريف\s+)?الارتباط|الكوكيز|appeared\s+first\s+on|powered\s+by"
    r"|(?:مانع|حاجب|حجب)\s+(?:ال)?اعلانات|ad[-\s]?block"
    r"|^[^.!?؟]{0,60}(?:app\s+store|google\s+play|download\b.{0,30}\bapp\b)[^.!?؟]{0,60}$"
    r"|^\W*هل\s+(?:كانت|كان)\s+(?:هذه|هذا)\s+\S+\s+(?:مفيده|مفيدا)|was\s+this\s+\w+\s+helpful"
    r"|افضل\s+عرض\s+للموقع|best\s+viewed"
    r"|(?:يسمح|يمنع|لا\s+يجوز|يحظر)\s+(?:ب)?اعاده\s+النشر|reproduction\s.{0,30}interdite"
    r"|^\W*(?:صحيفه|جريده|مجله|موقع)\s+\S+(?:\s+\S+)?\s+تصدر\s+عن"
    r"|ظهرت\s+(?:المقاله|التدوينه)\s.*اولا\s+علي"
    r"|النشره\s+البريديه|newsletter|في\s+بريدك|بريدك\s+الالكتروني|نشره\s+مجانيه"
    r"|نشرتنا|اشترك(?:وا)?\s+(?:مجانا|الان|الآن)"
    # An aggregator's or archive's disclaimer: "... والموقع غير مسؤول عن محتواها".
    r"|(?:الموقع|الصحيفه|الجريده|الاداره|المنصه)\s+(?:غير\s+مسؤول|لا\s+يتحمل)"
    r"|رئيس\s+(?:التحرير|مجلس\s+الاداره)|المدير\s+العام|editor[-\s]in[-\s]chief"
    r"|^[^.!?؟]{2,40}\s[-–—]\s(?:متابعات|خاص|وكالات|مراسلنا|مراسلون)\s*$"
    r"|^\W*(?:شارك|شاركها|شاركوا|share|partager)(?:\s+\w+){0,3}\s*[:：]?\s*$"
    r"|للمشاركه\s+(?:علي|عبر)|click\s+to\s+share|share\s+on\s"
    r"|^\W*(?:عاجل|اخر\s+الاخبار|شريط\s+الاخبار|breaking(?:\s+news)?)(?:\s*[:|]|\s)(?!.*[.!؟?]\W*$)",
    re.I,
)
# Prompts and links that are only ever a short line; a paragraph may open with the same words.
_SHORT_NOTICE_WORDS = 20
_CLOSED_PROMPT_WORDS = 12
_SHORT_NOTICE = re.compile(
    r"^\W*(?:تابعوا|تابعونا|تابعنا|حمل(?:وا)?\s+تطبيق|اشترك(?:وا)?\s+في"
    r"|انضم(?:وا)?\s+(?:الي|ل)|follow\s+us|subscribe|download\s+(?:our|the)\s+app|suivez[-\s]nous"
    r"|abonnez[-\s]vous)"
    # Rights lines and "more from SECTION" links of archives and aggregators.
    r"|حقوق\s+(?:\S+\s+){0,3}محفوظه|^\W*(?:المزيد\s+من|more\s+from)\s+\S+(?:\s+\S+){0,2}\W*$"
    # Skip links: "تخطى إلى المحتوى", "Aller au contenu", "Skip to main content".
    r"|^\W*(?:تخطي|تخطى|انتقل|الانتقال)\s+(?:الي|ل)\s*(?:ال)?محتوي(?:\s+\S+)?\W*$"
    r"|^\W*(?:skip\s+to\s+(?:main\s+)?content|aller\s+au\s+contenu)\W*$"
    # A form as a text-mode browser prints it: "Rechercher : ________ (BUTTON) OK".
    r"|_{5,}|\(button\)|\[(?:img|image|button)\]"
    # A broadcaster's live promo: "البث المباشر استمعوا إلينا مباشرة", "شاهدوا البث المباشر".
    r"|^\W*(?:شاهد(?:وا)?\s+)?البث\s+المباشر\W*$|استمع(?:وا)?\s+(?:الينا|لنا)|watch\s+live|en\s+direct\b"
    # Follow, watch and back-to-top prompts: "تابع قناة ... على واتساب", "شاهد ... عبر تطبيق ...".
    r"|^\W*(?:تابع|شاهد)\S*\s[^.!?؟]{0,60}(?:علي|عبر)\s+(?:\S+\s+)?و?(?:واتساب|تلغرام|تيليجرام"
    r"|جوجل\s+نيوز|غوغل\s+نيوز|يوتيوب|فيسبوك|انستغرام|تطبيق|قناه|منصه|حساب)"
    r"|^\W*(?:العوده|الرجوع|عوده)\s+(?:الي|ل)\s*(?:اعلي|بدايه)\s+الصفحه\W*$|^\W*(?:back\s+to\s+top"
    r"|retour\s+en\s+haut|haut\s+de\s+(?:la\s+)?page)\W*$"
    r"|^\W*(?:votre\s+adresse\s+e-?mail|your\s+e-?mail(?:\s+address)?|email\s+address)\b",
    re.I,
)
_SOCIAL = re.compile(
    r"فيسبوك|فيس بوك|تويتر|واتساب|تيليجرام|تلغرام|لينكد|انستغرام|facebook|twitter|whatsapp|telegram|linkedin|\bx\b"
)
_NOTICE_MAX_WORDS = 250  # consent banners run long
# Every _NOTICE/_SHORT_NOTICE/_SOCIAL alternative needs one of these fragments (in any hamza spelling).
_NOTICE_HINT = re.compile(
    r"cookie|ارتباط|كوكيز|appeared|powered|ظهرت|تابع|حمل|حمّل|شترك|نضم|follow|subscri|download"
    r"|علانات|block|store|play|مفيد|helpful|للموقع|viewed|النشر|reproduction|تصدر"
    r"|suivez|abonnez|شارك|share|partag|مشارك|click|عاجل|خبار|شريط|breaking|النشر|newsletter"
    r"|رئيس|المدير|editor|متابعات|خاص|وكالات|مراسل|فيس|تويتر|واتس|تيليج|تلغرام|لينكد|انستغ|إنستغ"
    r"|facebook|twitter|whatsapp|telegram|linkedin|\bx\b|بريد|نشر|شاهد|الصفح|top|haut|mail|حقوق|مسؤول|يتحمل|المزيد|more|البث|استمع|live|direct|_____|button|img|image|محتو|skip|contenu"
)
_CONSENT = re.compile(r"cookie|الارتباط|الكوكيز")
_CAPTION = re.compile(
    r"^\W*(?:ال)?صوره(?:\s|:|$)|^\W*(?:ال)?صور\s*:|\bتصوير\b|صوره\s+(?:ارشيفيه|تعبيريه)"
    r"|\((?:ارشيفيه|ارشيف|تعبيريه|صوره\s+\S+)\)\s*$"
    r"|^\W*(?:photo|crédit\s+photo|image)\s*[:：(]",
    re.I,
)
_CAPTION_WORDS = 15


def is_caption(line: str) -> bool:
    """A photo caption or credit ("الصورة من الأرشيف", "صورة أرشيفية", "تصوير: ...")."""
    return len(line.split(None, _CAPTION_WORDS)) <= _CAPTION_WORDS and bool(
        _CAPTION.search(fold_head(line)[:200])
    )


def is_notice(line: str) -> bool:
    """A consent, app, channel or newsletter prompt, or a syndication or sign-off line."""
    if len(line) > 300 and _CONSENT.search(line[:600].lower()) is None:
        return False  # a long line is a notice only as a consent banner
    if len(line.split(None, _NOTICE_MAX_WORDS)) > _NOTICE_MAX_WORDS:
        return False
    if _NOTICE_HINT.search(line[:600].lower()) is None:
        return False  # none of the words any notice pattern needs: no folding, no big match
    folded = fold_head(line)
    words = len(line.split(None, _SHORT_NOTICE_WORDS))
    # A sentence of many words that opens like a prompt ("تابعنا ...") is text, not a prompt.
    closed = words > _CLOSED_PROMPT_WORDS and line.rstrip()[-1:] in ".؟?!"
    if words <= _SHORT_NOTICE_WORDS and not closed and _SHORT_NOTICE.search(folded):
        return True
    # A share bar names two networks or more ("شارك هذا: فيسبوك واتساب", "Partager : X E-mail").
    return bool(_NOTICE.search(folded)) or (
        len(line.split(None, 30)) <= 30
        and line.rstrip()[-1:] not in ".؟?!"
        and len(set(_SOCIAL.findall(folded))) >= 2
    )


def ends_article(line: str) -> bool:
    """A comment-section, poll or footer label: what follows it is no article's text."""
    if len(line.split(None, 14)) > 14:
        return False
    folded = fold_head(line)[: _MARKER_SPAN * 2]
    # A footer is also two of its link names on one short line ("خريطة الموقع | اتصل بنا").
    return END.match(folded) is not None or len(set(_FOOTER_LINKS.findall(folded))) >= 2


# One match tells whether any of the four can open a line, so most lines need no further test.
ANY_MARKER = re.compile(
    "|".join(f"(?:{m.pattern})" for m in (READ_ALSO, RELATED, SOURCE, KEYWORDS)), re.I
)
_FURNITURE_NAMES = (
    "انتقل الي اختصارات الوصول", "تخطي الي المحتوي", "شارك هذا المقال", "شارك الخبر", "شارك",
    "مشاركه", "محادثه", "المزيد", "اقرا المزيد", "طباعه", "نسخ الرابط", "تم نسخ الرابط", "ارسال",
    "فيسبوك", "فيس بوك", "تويتر", "واتساب", "تيليجرام", "تلغرام", "لينكدان", "انستغرام",
    "يوتيوب", "البريد الالكتروني", "تابعنا", "تابعونا", "تابعونا علي", "الرئيسيه", "اعلان",
    "اغلاق", "حفظ", "تعليقات", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
    "email", "print", "share", "copy link", "skip to content", "skip to main content",
    "advertisement", "comments",
    # forum post buttons (vBulletin, phpBB and their Arabic skins)
    "رد مع اقتباس", "اقتباس", "رد سريع", "quote", "reply with quote",
    # share prompts and footers seen on many Arabic outlets
    "شارك هذا الخبر", "شارك المقال", "مشاركه الخبر", "شارك عبر", "جميع الحقوق محفوظه",
    "كل الحقوق محفوظه", "حقوق النشر محفوظه", "الحقوق محفوظه", "اشترك في النشره البريديه",
    "all rights reserved", "copyright",
    # screen-reader labels around inline link lists ("list 1 of 2", "end of list")
    "end of list", "list", "of",
)  # fmt: skip
_FURNITURE_ALT = "|".join(
    n.replace(" ", r"\s+") for n in sorted(_FURNITURE_NAMES + _RELATED_NAMES, key=len, reverse=True)
)
_FURNITURE = re.compile(rf"(?<!\w)(?:{_FURNITURE_ALT})(?!\w)", re.I)
# Every word of a furniture name: a line with any other word cannot be furniture.
_FURNITURE_WORDS = frozenset(w for n in _FURNITURE_NAMES + _RELATED_NAMES for w in n.split())
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_TRAILING_FURNITURE = re.compile(rf"(?<=[.!?؟»\"”)])(?:\s+(?:{_FURNITURE_ALT}))+\s*$", re.I)
_END_FURNITURE = re.compile(rf"(?<!\w)(?:{_FURNITURE_ALT})\W*$", re.I)
BULLET = re.compile(r"^\s*(?:[•●▪◦·■□►▶»*✓✔]|[-–—](?=\s))\s*")
_MARKER_SPAN = 80
_FURNITURE_SPAN = 200
_FINAL_PUNCT = re.compile(r"[.!?؟…:؛\"”»)]")
_NON_WORD_RUN = re.compile(r"\W*")


# A line is folded by several checks in a row (four markers, furniture, trailing labels); a few
# entries hold one line's forms without keeping a page's worth of strings alive.
@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """Matching form of a line: no diacritics, one spelling per hamza/yaa/taa, lower case."""
    text = _MARKS.sub("", text)
    for src, dst in _FOLD_PAIRS:  # a few str.replace calls beat translate's per-char dict lookups
        if src in text:
            text = text.replace(src, dst)
    return text.lower()


_HEAD = 600


def fold_head(line: str) -> str:
    """fold() of a line's first _HEAD characters: what every check of a line's start reads,
    folded once per line (fold's cache holds it) instead of once per check."""
    return fold(line[:_HEAD])


def _original_index(line: str, folded_index: int) -> int:
    """Index in the printed line of the char at folded_index of fold(line)."""
    if _MARKS.search(line) is None:  # nothing was dropped: the indices agree
        return min(folded_index, len(line))
    seen = 0
    for m in _MARK_OR_CHAR.finditer(line):
        if _MARKS.fullmatch(m.group()):
            continue
        if seen == folded_index:
            return m.start()
        seen += 1
    return len(line)


def may_open_with_marker(line: str) -> bool:
    """False when no marker opens the line, so `after_marker` would be None for all four."""
    return ANY_MARKER.match(fold_head(line)[:_MARKER_SPAN]) is not None


def after_marker(line: str, marker: re.Pattern[str]) -> str | None:
    """The text after a marker that starts the line ("" when alone), None when it does not."""
    m = marker.match(fold_head(line)[:_MARKER_SPAN])  # markers open a line: its start is enough
    if m is None:
        return None
    return line[_original_index(line, m.end()) :].strip()


def is_furniture(line: str) -> bool:
    """A line made only of share buttons, navigation and widget labels."""
    if len(line) > _FURNITURE_SPAN:
        return False
    folded = fold(line)
    if _LETTERS.search(folded) is None:
        return _DIGIT.search(folded) is None  # "14/1/2025" is a date line, not furniture
    if any(m.group().casefold() not in _FURNITURE_WORDS for m in _LETTERS.finditer(folded)):
        return False
    return _LETTERS.search(_FURNITURE.sub(" ", folded)) is None


def strip_trailing_furniture(line: str) -> str:
    """A paragraph without the widget labels glued after its last sentence."""
    head = max(0, len(line) - _FURNITURE_SPAN)  # labels sit at the end: fold only the tail
    tail = line[head:]
    if not _ends_in_letter(tail):  # labels do; most paragraphs end in punctuation
        return line
    m = _TRAILING_FURNITURE.search(fold(tail))
    if m is None:
        return line
    return line[: head + _original_index(tail, m.start())].rstrip()


def _ends_in_letter(text: str) -> bool:
    """Whether fold(text) ends in a letter once trailing spaces go; no folding needed."""
    text = text.rstrip()
    while text and _MARKS.match(text[-1]):  # folding drops marks, which may uncover spaces
        text = text[:-1].rstrip()
    return text[-1:].isalpha()


def strip_furniture_words(line: str) -> str:
    """A metadata line without furniture words at its end ("... الولايات المتحدة المزيد")."""
    while True:
        folded = fold(line)
        m = _END_FURNITURE.search(folded)
        if m is None or m.start() == 0:
            return line
        line = line[: _original_index(line, m.start())].rstrip()


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (., !, ?, :, closing quote)."""
    return _FINAL_PUNCT.search(trailing_punctuation(line)) is not None


def trailing_punctuation(text: str) -> str:
    """What follows a text's last letter or digit (all of it when it has none).

    Read backwards from the end: a regex like `[.!?]\\W*$` retries at every mark of a long
    punctuation run, which is quadratic in its length.
    """
    window = 64
    while True:
        tail = text[-window:]
        run = _NON_WORD_RUN.match(tail[::-1]).end()  # type: ignore[union-attr]
        if run < len(tail) or len(tail) == len(text):
            return tail[len(tail) - run :]
        window *= 4


def bullet_item(line: str) -> str | None:
    """The item text of a bulleted line, None when the line has no bullet."""
    m = BULLET.match(line)
    if m is None or m.end() == len(line):
        return None
    return line[m.end() :].strip()

"""h27: a Gulf sports daily: a Hijri and Gregorian masthead date (today's, not the article's), a
strip of live scores, a category chip and the <h1>, a writer chip with photo or a bold
"city - agency" opening, "تاريخ النشر" in one of three formats and a later "آخر تحديث", a match
facts card (score, stadium, referee, scorers) and a player-ratings table in an aside that sits
before or after the text, an inline "اقرأ أيضاً" link, comma-separated "وسوم", a fan poll, glued
"اقرأ أيضاً" stories with their own dates, "أخبار ذات صلة" cards, a "الأكثر تفاعلاً" column
with comment counts and a moderated comments block."""

from __future__ import annotations

from datetime import datetime, timedelta
from random import Random

from tests.corpus.pages.model import (
    Page,
    PageSpec,
    Site,
    Story,
    Template,
    Truth,
    article_truth,
    headline_truth,
)
from tests.corpus.pages.templates._html_parts_e import (
    DAYS,
    MONTHS_EG,
    agency_form,
    esc,
    finish,
    hijri,
    indic,
    page_id,
    when,
)

SITE = Site(name="الملعب اليوم", domain="almalaab-daily.example", name_latin="Al Malaab Today")

NAV = ["الرئيسية", "الدوري المحلي", "الكرة الخليجية", "الكرة العالمية", "المنتخبات",
       "رياضات أخرى", "فيديو", "ملحق الملعب"]  # fmt: skip
TEAMS = ["الوحدة", "النصر", "الشباب", "العربي", "الوصل", "القادسية", "الريان", "الخليج", "الفيصلي"]
PLAYERS = ["ماجد الحربي", "خليفة المنصوري", "راشد الكعبي", "يوسف البلوشي", "حمد المري",
           "نايف السبيعي", "عمر الهاجري", "بدر الرشيدي", "سعود القحطاني", "مبارك الزعابي"]  # fmt: skip
STADIUMS = ["استاد النخيل الدولي", "ملعب الواحة الجديد", "استاد الساحل الرياضي"]
REFEREES = ["طلال العنزي", "محمد الظاهري", "عادل البناي"]
FACTS_HEAD = "بطاقة المباراة كما رصدها محررو الملعب اليوم"
RATINGS_HEAD = "تقييم اللاعبين من عشر درجات"
RATINGS_NOTE = "التقييم يعبر عن رأي القسم الفني في الصحيفة ويعتمد على الأداء خلال المباراة"
POLL = "استطلاع الملعب: من يتوج بلقب الدوري هذا الموسم؟"
POLL_NOTE = "يمكنك التصويت مرة واحدة فقط في كل استطلاع"
COMMENTS_RULE = "تخضع التعليقات للمراجعة قبل النشر وتعبر عن آراء أصحابها"
LOGIN = "سجل دخولك لتتمكن من إضافة تعليق"
APP = "حمّل تطبيق الملعب اليوم لمتابعة النتائج لحظة بلحظة"
ABOUT = "صحيفة رياضية يومية تصدر في دبي وتوزع في دول الخليج العربي"
COPYRIGHT = "© 2025 الملعب اليوم. جميع الحقوق محفوظة"
SCORES = "نتائج مباريات اليوم"


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None]:
    """The bold opening of the first paragraph, its truth dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng, arabic_only=True)
        if story.place and rng.random() < 0.75:
            dateline = f"{story.place} - {form}"
            return dateline, dateline, story.agency
        return f"{form} -", None, story.agency
    if story.place and rng.random() < 0.8:
        dateline = rng.choice([f"{story.place} - «{SITE.name}»", story.place])
        return f"{dateline}:", dateline, None
    return "", None, None


def _date(dt: datetime, clock: bool, style: int) -> tuple[str, bool]:
    if style == 0:
        hour = dt.hour % 12 or 12
        text = f"{dt:%d/%m/%Y}"
        if clock:
            return f"{text} {hour:02d}:{dt.minute:02d} {'م' if dt.hour >= 12 else 'ص'}", True
        return text, False
    if style == 1:
        text = f"{dt.day} {MONTHS_EG[dt.month - 1]} {dt.year}"
        return (f"{text} | {dt:%H:%M}", True) if clock else (text, False)
    d, m, y = hijri(dt)
    return (
        f"{DAYS[dt.weekday()]} {d} {m} {y} هـ الموافق {dt.day} {MONTHS_EG[dt.month - 1]} {dt.year} م",
        False,
    )


def _body(story: Story, prefix: str, inline: str | None, at: int, pid: int) -> list[str]:
    out: list[str] = []
    for k, para in enumerate(story.paragraphs):
        if inline is not None and k == at:
            out.append(
                f'<div class="inline-related"><span>اقرأ أيضاً:</span> <a href="/news/{pid - 31}">{esc(inline)}</a></div>'
            )
        if para in story.subheadings:
            out.append(f"<h3>{esc(para)}</h3>")
        elif k == 0 and prefix:
            out.append(f"<p><strong>{esc(prefix)}</strong> {esc(para)}</p>")
        else:
            out.append(f"<p>{esc(para)}</p>")
    return out


def _facts(rng: Random) -> list[str]:
    home, away = rng.sample(TEAMS, 2)
    goals_h, goals_a = rng.randint(0, 4), rng.randint(0, 3)
    scorers = rng.sample(PLAYERS, goals_h + goals_a)
    minutes = sorted(rng.sample(range(3, 90), goals_h + goals_a))
    ratings = rng.sample(PLAYERS, 6)
    marks = [rng.choice(["5.5", "6", "6.5", "7", "7.5", "8", "8.5"]) for _ in ratings]
    out = [
        f'<aside class="match-facts"><h4 class="box-title">{FACTS_HEAD}</h4>',
        f'<div class="scoreline"><span class="team">{home}</span> <b>{goals_h} - {goals_a}</b> <span class="team">{away}</span></div>',
        "<dl>",
        f"<dt>الملعب</dt><dd>{rng.choice(STADIUMS)}</dd>",
        f"<dt>الحكم</dt><dd>{rng.choice(REFEREES)}</dd>",
        f"<dt>الحضور</dt><dd>{rng.randint(3000, 45000):,} متفرج</dd>",
    ]
    if scorers:
        out.append(
            "<dt>الأهداف</dt><dd>"
            + "، ".join(f"{s} ({m})" for s, m in zip(scorers, minutes, strict=True))
            + "</dd>"
        )
    out.append("</dl>")
    out.append(f'<h4 class="box-title">{RATINGS_HEAD}</h4><table class="ratings">')
    out += [f"<tr><td>{p}</td><td>{m}</td></tr>" for p, m in zip(ratings, marks, strict=True)]
    best = ratings[max(range(len(marks)), key=lambda i: float(marks[i]))]
    out.append(
        f'</table><p class="motm">نجم المباراة: {best}</p><p class="note">{RATINGS_NOTE}</p></aside>'
    )
    return out


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    section = story.section or "رياضة"
    prefix, dateline, agency = _prefix(story, rng)
    date_text, clock = _date(w.dt, w.has_time, rng.randrange(3))
    today = w.dt + timedelta(days=rng.randint(0, 1))
    hd, hm, hy = hijri(today)
    related = list(spec.related)
    inline: str | None = None
    at = 0
    if len(related) >= 3 and len(story.paragraphs) >= 4 and rng.random() < 0.6:
        inline = related.pop(0)
        at = rng.randint(2, len(story.paragraphs) - 1)
    split = (len(related) + 1) // 2 if len(related) >= 4 else len(related)
    near, hot = related[:split], related[split:]
    tags = story.keywords if rng.random() < 0.8 else []
    url = f"https://www.{SITE.domain}/news/{w.dt:%Y/%m/%d}/{pid}"

    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{SITE.name} | {esc(story.title)}</title>",
        f'<meta property="og:title" content="{esc(story.title)}">',
        f'<meta property="og:site_name" content="{SITE.name}">',
        '<link rel="stylesheet" href="/static/css/main.min.css">\n</head>\n<body class="article-page">',
        '<div class="masthead-bar">'
        f'<span class="masthead-date">{DAYS[today.weekday()]} {indic(str(hd))} {hm} {indic(str(hy))} هـ - '
        f"{indic(str(today.day))} {MONTHS_EG[today.month - 1]} {indic(str(today.year))} م</span>"
        '<a class="epaper" href="/pdf">النسخة الورقية PDF</a></div>',
        f'<header class="site-header"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="{SITE.name}"></a>'
        '<nav class="main-nav"><ul>'
        + "".join(f'<li><a href="/section/{i}">{m}</a></li>' for i, m in enumerate(NAV))
        + "</ul></nav></header>",
        f'<div class="scores-strip"><span class="label">{SCORES}</span><ul>',
    ]
    for _ in range(rng.randint(3, 5)):
        a, b = rng.sample(TEAMS, 2)
        state = rng.choice(["انتهت", "الشوط الثاني", "21:00"])
        score = "-" if state == "21:00" else f"{rng.randint(0, 3)} - {rng.randint(0, 3)}"
        h.append(f"<li><span>{a}</span> <b>{score}</b> <span>{b}</span> <em>{state}</em></li>")
    h.append("</ul></div>")
    h.append(
        '<main class="container"><div class="layout"><div class="main-col"><article class="story">'
    )
    h.append(f'<a class="cat-chip" href="/section/2">{esc(section)}</a>')
    h.append(f'<h1 class="story-title">{esc(story.title)}</h1>')
    h.append('<div class="story-meta">')
    if story.author:
        h.append(
            f'<div class="writer"><img src="/static/writers/{pid % 23}.jpg" alt="">'
            f'<a href="/writer/{pid % 23}">{esc(story.author)}</a></div>'
        )
    h.append(f'<span class="pub">تاريخ النشر: {date_text}</span>')
    if clock and rng.random() < 0.5:
        upd = w.dt + timedelta(minutes=rng.randint(30, 400))
        h.append(f'<span class="upd">آخر تحديث: {upd:%d/%m/%Y %H:%M}</span>')
    h.append(f'<span class="comments-count">{rng.randint(0, 240)} تعليق</span></div>')
    h.append(
        f'<figure class="story-image"><img src="/media/{pid}.jpg" alt=""><figcaption>{rng.choice(["تصوير: الملعب اليوم", "من المباراة (الملعب اليوم)", "أرشيفية"])}</figcaption></figure>'
    )
    facts = _facts(rng)
    before = rng.random() < 0.5
    h.append('<div class="story-grid">')
    if before:
        h.extend(facts)
    h.append('<div class="story-body">')
    h.extend(_body(story, prefix, inline, at, pid))
    h.append("</div>")
    if not before:
        h.extend(facts)
    h.append("</div>")
    if tags:
        h.append(
            '<div class="story-tags"><span>وسوم:</span> '
            + "، ".join(f'<a href="/tag/{esc(t)}">{esc(t)}</a>' for t in tags)
            + "</div>"
        )
    h.append(
        f'<div class="poll"><h4>{POLL}</h4><ul>'
        + "".join(
            f'<li><label><input type="radio" name="poll"> {t}</label></li>' for t in TEAMS[:4]
        )
        + f'</ul><button>صوّت الآن</button><p class="poll-note">{POLL_NOTE}</p></div>'
    )
    h.append("</article>")
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(clock),
            author=story.author,
            dateline=dateline,
            agency=agency,
            keywords_raw="، ".join(tags) if tags else None,
            section=section,
        )
    ]
    if inline is not None:
        articles.append(headline_truth(inline))
    for n, extra in enumerate(spec.read_also):
        ew = when(extra)
        e_text, e_clock = _date(ew.dt, ew.has_time, rng.randrange(2))
        h.append(
            '<section class="read-also"><h2 class="block-title">اقرأ أيضاً</h2><article>'
            f'<h3><a href="/news/{pid + 40 + n}">{esc(extra.title)}</a></h3>'
            f'<span class="pub">{e_text}</span>'
        )
        h.extend(_body(extra, "", None, 0, pid))
        h.append("</article></section>")
        articles.append(
            article_truth(
                "read_also",
                extra,
                title=extra.title,
                body_first=extra.paragraphs[0],
                body_last=extra.paragraphs[-1],
                published=ew.truth(e_clock),
            )
        )
    if near:
        h.append(
            '<section class="related"><h2 class="block-title">أخبار ذات صلة</h2><div class="cards">'
        )
        h += [
            f'<a class="card" href="/news/{pid - 50 - i}"><img src="/media/t{pid - 50 - i}.jpg" alt=""><h4>{esc(t)}</h4></a>'
            for i, t in enumerate(near)
        ]
        h.append("</div></section>")
    h.append(
        f'<section class="comments"><h2 class="block-title">التعليقات</h2><p>{COMMENTS_RULE}</p>'
        f'<p class="login">{LOGIN}</p><textarea disabled></textarea></section>'
    )
    h.append("</div>")
    h.append('<aside class="side-col">')
    if hot:
        h.append('<div class="widget most-engaged"><h3 class="widget-title">الأكثر تفاعلاً</h3><ol>')
        h += [
            f'<li><a href="/news/{pid - 70 - i}">{esc(t)}</a> <span class="cc">{rng.randint(12, 480)} تعليق</span></li>'
            for i, t in enumerate(hot)
        ]
        h.append("</ol></div>")
    h.append(
        f'<div class="widget app"><p>{APP}</p><a>App Store</a> <a>Google Play</a></div></aside>'
    )
    h.append("</div></main>")
    h.append(
        f'<footer class="site-footer"><p>{ABOUT}</p><ul><li><a href="/about">من نحن</a></li>'
        '<li><a href="/ads">أعلن معنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>'
        f"<p>{COPYRIGHT}</p></footer>\n</body>\n</html>\n"
    )
    articles += [headline_truth(t) for t in near + hot]
    furniture = [
        SCORES,
        FACTS_HEAD,
        RATINGS_HEAD,
        RATINGS_NOTE,
        POLL,
        POLL_NOTE,
        COMMENTS_RULE,
        LOGIN,
        APP,
        ABOUT,
        COPYRIGHT,
    ]
    return finish(spec, "\n".join(h), articles, furniture, url)


TEMPLATE = Template(id="h27", kind="html", site=SITE, render=render)

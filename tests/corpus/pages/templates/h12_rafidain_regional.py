"""h12: an Iraqi/Kurdish regional site: a cookie banner longer than a paragraph, a Kurdish and
English language bar, a "شريط الأخبار" ticker, Levantine month names, a reporter's name before a
dash opening the body, an UNLABELLED list of titles right after the body, plain-text tags, glued
"إقرأ أيضاً" articles, a poll and readers' comments."""

from __future__ import annotations

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="نبض الرافدين", domain="nabd-alrafidain.example", name_latin="Nabd Al Rafidain")

COOKIES = (
    "يستخدم موقع نبض الرافدين ملفات تعريف الارتباط (الكوكيز) وتقنيات مشابهة لتحسين تجربتك "
    "في التصفح وتخصيص المحتوى والإعلانات التي تظهر لك وتحليل حركة الزوار على صفحاتنا. "
    "وقد نشارك بعض هذه المعلومات مع شركائنا في مجالات التحليل والإعلان ووسائل التواصل "
    "الاجتماعي، الذين قد يجمعونها مع معلومات أخرى قدمتها لهم أو جمعوها من استخدامك لخدماتهم. "
    "بالضغط على زر الموافقة أو بمتابعة التصفح فإنك توافق على استخدامنا لهذه الملفات، ويمكنك "
    "في أي وقت تعديل اختياراتك أو سحب موافقتك من صفحة إعدادات الخصوصية في أسفل الموقع."
)
MENU = ["الرئيسية", "العراق", "إقليم كردستان", "عربي ودولي", "اقتصاد", "رياضة", "تقارير", "منوعات"]
TICKER = [
    "الأنواء الجوية تتوقع أمطارا رعدية على المحافظات الشمالية",
    "مجلس الوزراء يقرر تعطيل الدوام الرسمي يوم الأحد",
    "افتتاح معرض أربيل الدولي للكتاب بمشاركة 300 دار نشر",
    "وزارة النفط: ارتفاع الصادرات خلال الشهر الماضي",
]
POLLS = [
    ("هل تؤيد تمديد ساعات عمل الدوائر الحكومية في فصل الصيف؟", ["نعم", "لا", "لا رأي لي"]),
    ("ما أبرز مشكلة تواجه مدينتك في الوقت الحالي؟", ["الكهرباء", "البطالة", "الخدمات", "الطرق"]),
]
COMMENTS = [
    ("آزاد", "الله يكون بعون الناس، كل سنة نفس المشكلة ولا حلول حقيقية."),
    ("أم علي - بغداد", "شكرا على التغطية المستمرة، نرجو متابعة الموضوع."),
    ("سرهنك", "نتمنى من الجهات المعنية أن تتحرك بسرعة قبل فوات الأوان."),
    ("حيدر الموسوي", "الخبر ناقص، لم تذكروا موقف الحكومة المحلية."),
]
RULES = "يرجى الالتزام بآداب الحوار وعدم الإساءة للأشخاص أو المعتقدات"
COPYRIGHT = "جميع الحقوق محفوظة لموقع نبض الرافدين © 2025"


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None, str | None]:
    """Printed prefix, dateline, agency and author (a name before a dash is the author)."""
    agency = hp.agency_key(story.agency)
    if story.author and spec.rng.random() < 0.8:
        return f"{story.author} - ", None, agency, story.author
    if story.place and story.agency:
        dateline = f"{story.place}/ {hp.agency_form(story.agency, spec.rng)}"
        return f"{dateline} - ", dateline, agency, None
    if story.place:
        return f"{story.place} - ", story.place, None, None
    if story.agency:
        return f"{hp.agency_form(story.agency, spec.rng)} - ", None, agency, None
    return "", None, None, None


def _date(story: Story) -> str:
    dt = hp.when(story)
    return hp.day_lev(dt) + (f" | {dt:%H:%M}" if hp.has_clock(story) else "")


def _glued(stories: list[Story]) -> tuple[list[str], list[Truth]]:
    out: list[str] = []
    truths = []
    for s in stories:
        dt = hp.when(s)
        out.append('<div class="also-box"><div class="also-head">إقرأ أيضاً</div>')
        out.append(f'<h2><a href="/news/{hp.article_slug(s)}">{hp.esc(s.title)}</a></h2>')
        out.append(f'<div class="also-date">{hp.day_lev(dt)}</div><div class="news-body">')
        out.extend(
            f"<p><b>{hp.esc(t)}</b></p>" if sub else f"<p>{hp.esc(t)}</p>"
            for sub, t in hp.blocks(s)
        )
        out.append("</div></div>")
        truths.append(hp.read_also_truth(s, published=hp.iso(dt, False)))
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    prefix, dateline, agency, author = _prefix(story, spec)
    url = f"https://{SITE.domain}/ar/news/{hp.article_slug(story)}"
    question, options = rng.choice(POLLS)
    comments = rng.sample(COMMENTS, rng.randint(2, 4))
    caption = rng.choice(["صورة من موقع الحدث - نبض الرافدين", "أرشيفية: جانب من المدينة القديمة"])
    kw_raw = "، ".join(story.keywords) if story.keywords else None
    ticker = rng.sample(TICKER, 3)

    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{SITE.name} | {hp.esc(story.title)}</title>",
        f'<meta name="description" content="{hp.attr(story.paragraphs[0][:150])}">',
        "</head>\n<body>",
        f'<div id="cookie-consent" class="cc-window"><p class="cc-message">{COOKIES}</p>',
        '<a class="cc-btn cc-allow">موافق</a> <a class="cc-btn">Accept cookies</a> <a class="cc-link">إدارة التفضيلات</a></div>',
        '<div class="lang-bar"><a href="/ku/">کوردی</a> | <a href="/en/">English</a> | <a href="/ar/">عربي</a></div>',
        f'<div class="header"><div class="logo"><a href="/ar/">{SITE.name}</a></div>',
        '<div class="nav-menu">'
        + "".join(f'<a href="/ar/cat/{i}">{m}</a>' for i, m in enumerate(MENU))
        + "</div></div>",
        '<div class="breaking-bar"><span class="bb-label">شريط الأخبار</span><marquee>',
        " ◆ ".join(f"<span>{t}</span>" for t in ticker),
        "</marquee></div>",
        '<div class="page"><div class="main-col"><div class="news-details">',
        f"<h1>{hp.esc(story.title)}</h1>",
        f'<div class="news-date"><i class="icon-clock"></i> {_date(story)}</div>',
        f'<div class="news-img"><img src="/images/news/{hp.article_slug(story)}.jpg" alt=""><span class="img-caption">{caption}</span></div>',
        '<div class="news-body">',
    ]
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if sub:
            h.append(f"<p><b>{hp.esc(text)}</b></p>")
        else:
            h.append(f"<p>{hp.esc(prefix) if i == 0 else ''}{hp.esc(text)}</p>")
    h.append("</div>")
    h.append(
        '<ul class="more-news">'
        + "".join(
            f'<li><a href="/ar/news/{n}">{hp.esc(t)}</a></li>' for n, t in enumerate(spec.related)
        )
        + "</ul>"
    )
    if kw_raw:
        h.append(f'<div class="tags">كلمات مفتاحية: {hp.esc(kw_raw)}</div>')
    h.append('<div class="share">مشاركة: <a>فيسبوك</a> <a>تلغرام</a> <a>واتساب</a></div></div>')
    glued_html, glued_truth = _glued(spec.read_also)
    h.extend(glued_html)
    h.append(f'<div class="poll-box"><h3>استطلاع الرأي</h3><p class="poll-q">{question}</p><form>')
    h.extend(f'<label><input type="radio" name="poll"> {o}</label>' for o in options)
    h.append("<button>صوّت</button> <a>عرض النتائج</a></form></div>")
    h.append(f'<div class="comments"><h3>التعليقات</h3><p class="rules">{RULES}</p>')
    for name, text in comments:
        h.append(
            f'<div class="comment"><span class="c-name">{name}</span> <span class="c-date">{hp.day_lev(hp.masthead_day(dt, rng))}</span><p>{text}</p></div>'
        )
    h.append("</div></div></div>")
    h.append(
        '<div class="footer"><div class="f-links"><a>من نحن</a> <a>اتصل بنا</a> <a>سياسة الخصوصية</a> <a>إعدادات الكوكيز</a></div>'
    )
    h.append(f"<p>{COPYRIGHT}</p></div>\n</body>\n</html>\n")

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=author,
        dateline=dateline,
        agency=agency,
        keywords_raw=kw_raw,
    )
    articles = [main, *hp.headlines(spec.related), *glued_truth]
    boiler = [
        "يستخدم موقع نبض الرافدين ملفات تعريف الارتباط (الكوكيز)",
        "بالضغط على زر الموافقة أو بمتابعة التصفح",
        "موافق Accept cookies إدارة التفضيلات",
        ticker[0],
        question,
        RULES,
        " ".join(comments[0][1].split()[:7]),
        caption,
        COPYRIGHT,
        "من نحن اتصل بنا سياسة الخصوصية",
    ]
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h12", kind="html", site=SITE, render=render)

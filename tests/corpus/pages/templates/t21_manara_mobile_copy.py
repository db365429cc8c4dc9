"""t21: text copied with "select all" from an Iraqi news site in a phone's browser: the mobile
header's words one a line (القائمة, the name, بحث, a theme's English "Search" / "Close this search
box."), "English | كوردی", on some pages today's date and clock as bullets ("• Tuesday 04 March
2025", "• 2025/03/04 16:05:12", the capture's, not the article's), a breadcrumb, the title, the
byline on the line after it ("كتب: name", "بقلم name", the bare name, or "SITE - متابعة"), the
time in one of several forms ("منذ 3 ساعات" alone, so that the page has no date at all, or beside
"2025/03/04 14:30", "04 آذار 2025 | 14:30", "2025/03/04 - 02:30 م", or the English "Tuesday 04
March 2025" with "2025/03/04 14:30:00"), a views counter and "+A -A", share words, a photo
caption; leads "{محلية: SITE} ", a "SITE - بغداد" line above the text, "البصرة/ أ ف ب: ", "CITY
(AGENCY) - ", "دمشق-سانا " or "(AGENCY) - "; inside the body an "إعلان" or "- Advertisement -"
line and a read-also box ("اقرأ أيضاً:" then one or two titles, or the title on the same line); an
"المصدر:" line, tags as one chip a line or as "#tag #tag"; Telegram and WhatsApp prompts; "أخبار
ذات صلة" titles each followed by a "منذ ..." line, by "section | date", or by nothing; glued "تابع
أيضاً" stories with their own byline and date lines; a numbered "الأكثر قراءة" list (the numbers
alone on their lines, or "١. title"); a cookie line at the top or the bottom; and a footer in
Arabic and English ("All Rights Reserved", "Developed by")."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, headline_truth
from tests.corpus.pages.templates import _parts_w1 as w

SITE = Site(name="منارة بغداد", domain="manarat-baghdad.example", name_latin="Manarat Baghdad")

SECTIONS = {
    "سياسة": "سياسية",
    "اقتصاد": "اقتصادية",
    "رياضة": "رياضية",
    "حوادث": "أمنية",
    "محليات": "محلية",
}
CAPTIONS = ["صورة أرشيفية", "(أرشيفية)", "صورة تعبيرية", "من موقع الحدث - منارة بغداد"]
COOKIE_AR = "يستخدم موقعنا ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة"
COOKIE_EN = "We use cookies to ensure that we give you the best experience on our website."
TELEGRAM = "تابعوا منارة بغداد على تلغرام لآخر الأخبار العاجلة"
WHATSAPP = "انضم إلى قناة منارة بغداد على واتساب"
ABOUT = "منارة بغداد شبكة إخبارية عراقية مستقلة تأسست عام 2016"
RIGHTS_AR = "جميع الحقوق محفوظة لـ منارة بغداد © 2025"
RIGHTS_EN = "All Rights Reserved © 2025 Manarat Baghdad"
DEVELOPED = "Developed by Tigris Digital Solutions"
DISCLAIMER = "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الشبكة"
FOOTER_LINKS = ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "Privacy Policy", "Contact Us"]


def _lev(dt: datetime) -> str:
    return f"{dt:%d} {w.MONTHS_LEV[dt.month - 1]} {dt.year}"


def _byline(story: Story, rng: random.Random) -> tuple[str | None, str | None]:
    """The line under the title and the truth's author."""
    if story.author and rng.random() < 0.85:
        form = rng.choice([f"كتب: {story.author}", f"بقلم {story.author}", story.author])
        return form, story.author
    if rng.random() < 0.5:
        return f"{SITE.name} - متابعة", None
    return None, None


def _times(
    dt: datetime, capture: datetime, rng: random.Random, main: bool, clock_shown: bool
) -> tuple[list[str], str | None]:
    """The time lines under the byline and the truth's published (the English bullets are not
    used for articles when the header already printed the capture's clock in that form)."""
    minutes = int((capture - dt).total_seconds() // 60)
    recent = 0 < minutes < 60 * 24 * 9
    styles = ["ago+num", "lev", "twelve"] + ([] if clock_shown else ["en"])
    if recent and not main:
        styles += ["ago", "ago+num"]
    # now and then a story shows only "منذ ..." and the page carries no date for it at all
    style = "ago" if recent and main and rng.random() < 0.15 else rng.choice(styles)
    if style == "ago":
        return [w.ago(minutes)], None
    if style == "ago+num":
        return [f"{w.ago(minutes)} | {dt:%Y/%m/%d %H:%M}"] if recent else [
            f"{dt:%Y/%m/%d %H:%M}"
        ], w.iso(dt, True)
    if style == "lev":
        return [f"{_lev(dt)} | {dt:%H:%M}"], w.iso(dt, True)
    if style == "twelve":
        return [f"{dt:%Y/%m/%d} - {w.clock12(dt)}"], w.iso(dt, True)
    day = f"{w.WEEKDAYS_EN[dt.weekday()]} {dt:%d} {w.MONTHS_EN[dt.month - 1]} {dt.year}"
    return [f"• {day}", f"• {dt:%Y/%m/%d %H:%M}:00"], w.iso(dt, True)


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None, str | None]:
    """The first paragraph's prefix, a line above the text, the truth's dateline and agency."""
    agency = w.canonical(story.agency)
    if story.agency:
        form = rng.choice(w.agency_forms(story.agency, latin=False))
        if story.place:
            if story.agency == "سانا" and rng.random() < 0.7:
                dateline = f"{story.place}-{form}"
                return f"{dateline} ", None, dateline, agency
            if rng.random() < 0.5:
                dateline = f"{story.place}/ {form}"
                return f"{dateline}: ", None, dateline, agency
            dateline = f"{story.place} ({form})"
            return f"{dateline} - ", None, dateline, agency
        return f"({form}) - ", None, None, agency
    if story.place and rng.random() < 0.5:
        line = f"{SITE.name} - {story.place}"
        return "", line, line, None
    if rng.random() < 0.6:
        kind = SECTIONS.get(story.section or "", "محلية")
        return f"{{{kind}: {SITE.name}}} ", None, None, None
    return "", None, None, None


def _body(
    story: Story, prefix: str, rng: random.Random, boxed: list[str]
) -> tuple[list[str], list[str]]:
    """The body lines with an ad line and the read-also box between paragraphs; the titles of
    the box in the order printed."""
    paras = story.paragraphs
    subs = set(story.subheadings)
    spots = [i for i in range(1, len(paras)) if paras[i] not in subs and paras[i - 1] not in subs]
    rng.shuffle(spots)
    box_at = spots.pop() if boxed and spots else None
    ad_at = spots.pop() if spots and rng.random() < 0.6 else None
    lines: list[str] = []
    placed: list[str] = []
    for i, para in enumerate(paras):
        if i == ad_at:
            lines.append(rng.choice(["إعلان", "- Advertisement -"]))
        if i == box_at:
            if len(boxed) == 1 and rng.random() < 0.5:
                lines.append(f"اقرأ أيضاً: {boxed[0]}")
            else:
                lines.append(rng.choice(["اقرأ أيضاً:", "اقرأ ايضا"]))
                lines += boxed
            placed = list(boxed)
        lines.append((prefix if i == 0 else "") + para)
    return lines, placed


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    dt = w.when(story)
    capture = dt + timedelta(minutes=rng.randint(50, 1200))
    lines: list[str] = []
    furniture: list[str] = []
    cookie_top = rng.random() < 0.4
    cookie = rng.choice([COOKIE_AR, COOKIE_EN])

    if cookie_top:
        lines += [cookie, rng.choice(["موافق", "Accept", "OK"])]
    lines += ["القائمة", SITE.name, "بحث"]
    if rng.random() < 0.6:
        lines += ["Search", "Close this search box."]
    lines.append("English | كوردی")
    clock_shown = rng.random() < 0.5
    if clock_shown:
        lines.append(
            f"• {w.WEEKDAYS_EN[capture.weekday()]} {capture:%d} {w.MONTHS_EN[capture.month - 1]} {capture.year}"
        )
        lines.append(f"• {capture:%Y/%m/%d %H:%M:%S}")
    lines.append("")
    section = story.section or "محليات"
    lines.append(
        rng.choice(
            [f"الرئيسية » {section}", f"الرئيسية / {section}", f"الرئيسية > أخبار > {section}"]
        )
    )
    lines.append(story.title)
    byline, author = _byline(story, rng)
    if byline:
        lines.append(byline)
    time_lines, published = _times(dt, capture, rng, True, clock_shown)
    lines += time_lines
    if rng.random() < 0.7:
        lines.append(
            rng.choice([f"عدد القراءات: {rng.randint(120, 9800):,}", f"👁 {rng.randint(120, 9800)}"])
        )
    if rng.random() < 0.5:
        lines += ["+A", "-A"]
    lines += ["مشاركة", "فيسبوك", "تويتر", "واتساب", "تلغرام", "نسخ الرابط"]
    lines.append(rng.choice(CAPTIONS))
    lines.append("")

    related = list(spec.related)
    n_box = min(len(related), rng.choice([0, 1, 1, 2]))
    boxed, listed, most = w.deal(related, [n_box, rng.randint(2, 4)])
    prefix, lead_line, dateline, agency = _lead(story, rng)
    if lead_line:
        lines.append(lead_line)
    body, placed = _body(story, prefix, rng, boxed)
    lines += body
    source = None
    if story.agency and not prefix.startswith("(") and rng.random() < 0.5:
        source = rng.choice(w.agency_forms(story.agency))
        lines.append(f"المصدر: {source}")
    keywords_raw = None
    if story.keywords and rng.random() < 0.75:
        lines.append(rng.choice(["الكلمات المفتاحية", "الوسوم"]))
        if rng.random() < 0.5:
            lines += story.keywords
            keywords_raw = "\n".join(story.keywords)
        else:
            keywords_raw = " ".join(f"#{k.replace(' ', '_')}" for k in story.keywords)
            lines.append(keywords_raw)
    lines.append("")
    lines.append(TELEGRAM)
    if rng.random() < 0.5:
        lines.append(WHATSAPP)
        furniture.append(WHATSAPP)
    lines.append("")

    articles: list[Truth] = [
        w.story_truth(
            "main",
            story,
            published=published,
            author=author,
            source=source,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords_raw,
            section=section,
        ),
        *[headline_truth(t) for t in placed],
    ]

    if listed:
        lines.append(rng.choice(["أخبار ذات صلة", "اخبار ذات صلة"]))
        style = rng.randrange(3)
        for t in listed:
            lines.append(t)
            days = rng.randint(1, 12)
            if style == 0:
                lines.append(w.ago(days * 1440 + rng.randint(0, 600)))
            elif style == 1:
                d = capture - timedelta(days=days)
                lines.append(f"{section} | {d:%Y/%m/%d}")
        articles += [headline_truth(t) for t in listed]
        lines.append("")

    for other in spec.read_also:
        lines.append(rng.choice(["تابع أيضاً", "المزيد من الأخبار"]))
        lines.append(other.title)
        o_byline, o_author = _byline(other, rng)
        if o_byline:
            lines.append(o_byline)
        o_times, o_published = _times(w.when(other), capture, rng, False, clock_shown)
        lines += o_times
        o_prefix, o_line, o_dateline, o_agency = _lead(other, rng)
        if o_line:
            lines.append(o_line)
        o_body, _ = _body(other, o_prefix, rng, [])
        lines += o_body
        lines.append("")
        articles.append(
            w.story_truth(
                "read_also",
                other,
                published=o_published,
                author=o_author,
                dateline=o_dateline,
                agency=o_agency,
            )
        )

    if most:
        lines.append("الأكثر قراءة")
        if rng.random() < 0.5:
            for n, t in enumerate(most, start=1):
                lines += [str(n), t]
        else:
            lines += [f"{w.indic(str(n))}. {t}" for n, t in enumerate(most, start=1)]
        articles += [headline_truth(t) for t in most]
        lines.append("")

    lines += FOOTER_LINKS
    lines += [ABOUT, DISCLAIMER, RIGHTS_AR, RIGHTS_EN, DEVELOPED, "العودة للأعلى"]
    if not cookie_top:
        lines += [cookie, rng.choice(["موافق", "Accept", "OK"])]
    furniture += [TELEGRAM, ABOUT, DISCLAIMER, RIGHTS_AR, RIGHTS_EN, DEVELOPED, cookie]
    if "Close this search box." in lines:
        furniture.append("Close this search box.")

    content = "\n".join(lines).strip("\n") + "\n"
    url = (
        f"https://{SITE.domain}/news/{100000 + rng.randint(0, 899999)}"
        if rng.random() < 0.6
        else None
    )
    return w.finish(spec, content, articles, furniture, url, "text/plain")


TEMPLATE = Template(id="t21", kind="text", site=SITE, render=render)

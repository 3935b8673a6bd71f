package write

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/newsx/newsx/extract/doc"
)

// htmlWriter prints one self-contained, right-to-left HTML page for the
// whole run: a legend, then for each document its text with entity
// mentions, dates and event triggers highlighted (each with a tooltip),
// followed by its events and entities tables. It streams: the page head
// goes out with the first result, each document as it comes, the foot at
// Close. Everything taken from the input is HTML-escaped; the page loads
// nothing from elsewhere.
type htmlWriter struct {
	w       io.Writer
	bw      *bufio.Writer // over w, made once, flushed after each document
	started bool
	docs    int
	errors  int
}

// Highlight classes, also used by the legend, the tests and the script.
const (
	htmlEntity = "ent"
	htmlDate   = "timex"
	htmlEvent  = "trigger"
)

func (h *htmlWriter) start(bw *bufio.Writer) {
	if h.started {
		return
	}
	h.started = true
	bw.WriteString(htmlHead)
}

func (h *htmlWriter) buffer() *bufio.Writer {
	if h.bw == nil {
		h.bw = bufio.NewWriterSize(h.w, 1<<16)
	}
	return h.bw
}

func (h *htmlWriter) Write(r Result) error {
	bw := h.buffer()
	h.start(bw)
	n := h.docs + h.errors + 1
	if r.Err != nil {
		h.errors++
		fmt.Fprintf(bw, "<section class=\"doc failed\" id=\"d%d\">\n<h2><bdi>%s</bdi></h2>\n<p class=\"error\" dir=\"ltr\">error <code>%s</code>: %s</p>\n</section>\n",
			n, esc(r.Err.Source), esc(r.Err.Error.Code), esc(r.Err.Error.Message))
		return bw.Flush()
	}
	h.docs++
	d := r.Doc
	original := ""
	if r.Analysis != nil && r.Analysis.Text != nil {
		original = r.Analysis.Text.Original
	}
	prefix := fmt.Sprintf("d%d-", n)
	dir := "rtl"
	switch d.Language {
	case "ar":
	case "und":
		dir = "auto"
	default:
		dir = "ltr"
	}
	ref := "none"
	if d.ReferenceDate != nil {
		ref = *d.ReferenceDate
	}
	fmt.Fprintf(bw, "<section class=\"doc\" id=\"d%d\" data-id=\"%s\">\n", n, esc(d.ID))
	fmt.Fprintf(bw, "<h2><bdi>%s</bdi></h2>\n", esc(d.Source))
	fmt.Fprintf(bw, "<p class=\"meta\" dir=\"ltr\">language <b>%s</b> · reference date <b>%s</b> · %d entities · %d dates · %d events</p>\n",
		esc(d.Language), esc(ref), len(d.Entities), len(d.Dates), len(d.Events))
	if len(d.Warnings) > 0 {
		bw.WriteString("<ul class=\"warnings\" dir=\"ltr\">\n")
		for _, w := range d.Warnings {
			fmt.Fprintf(bw, "<li>warning <code>%s</code>: %s</li>\n", esc(w.Code), esc(w.Message))
		}
		bw.WriteString("</ul>\n")
	}
	fmt.Fprintf(bw, "<div class=\"text\" dir=\"%s\" lang=\"%s\">", dir, esc(d.Language))
	renderMarked(bw, original, htmlMarks(d, prefix))
	bw.WriteString("</div>\n")
	writeEventsTable(bw, d, prefix)
	writeEntitiesTable(bw, d, prefix)
	bw.WriteString("</section>\n")
	return bw.Flush()
}

func (h *htmlWriter) Close() error {
	bw := h.buffer()
	h.start(bw)
	if h.docs+h.errors == 0 {
		bw.WriteString("<p class=\"empty\" dir=\"ltr\">No input.</p>\n")
	}
	fmt.Fprintf(bw, "</main>\n<footer dir=\"ltr\">%s, %s · made by newsx</footer>\n", count(h.docs, "document"), count(h.errors, "error"))
	bw.WriteString(htmlScript)
	bw.WriteString("</body>\n</html>\n")
	return bw.Flush()
}

// count says "1 document", "2 documents".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// esc HTML-escapes s for text and double-quoted attribute values, and
// writes C0 control characters other than tab and line breaks as character
// references, so no input byte can end up as markup.
func esc(s string) string {
	s = html.EscapeString(s)
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			fmt.Fprintf(&b, "&#x%X;", r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7F
}

// mark is one highlighted span of the text.
type mark struct {
	start, end int // code points, end exclusive
	rank       int // among equal spans, lower opens first (outside)
	class      string
	ref        string // data-ref: the entity, date or event it belongs to
	title      string // tooltip
	attrs      string // extra attributes, already escaped
}

// htmlMarks lists the highlights of d: every entity mention, every date and
// every event trigger.
func htmlMarks(d *doc.Document, prefix string) []mark {
	var ms []mark
	for _, e := range d.Entities {
		tip := entityTip(e)
		for _, m := range e.Mentions {
			ms = append(ms, mark{start: m.Start, end: m.End, rank: 0,
				class: htmlEntity + " " + typeClass(e.Type) + " k-" + classWord(m.Kind),
				ref:   prefix + e.ID, title: tip + "\nmention: " + m.Kind,
				attrs: fmt.Sprintf(` data-type="%s" data-kind="%s" data-name="%s" data-name-en="%s" data-kb="%s"`,
					esc(e.Type), esc(m.Kind), esc(e.Name), esc(e.NameEn), esc(e.KBID))})
		}
	}
	for _, x := range d.Dates {
		tip := x.Type + " " + x.ID + "\nvalue: " + x.Value
		for _, k := range sortedKeys(x.Attributes) {
			tip += "\n" + k + ": " + x.Attributes[k]
		}
		ms = append(ms, mark{start: x.Start, end: x.End, rank: 1, class: htmlDate,
			ref: prefix + x.ID, title: tip,
			attrs: fmt.Sprintf(` data-type="%s" data-value="%s"`, esc(x.Type), esc(x.Value))})
	}
	names := entityNames(d)
	for _, ev := range d.Events {
		var args []string
		for _, a := range ev.Arguments {
			switch {
			case a.Entity != "":
				args = append(args, prefix+a.Entity)
			case a.Date != "":
				args = append(args, prefix+a.Date)
			}
		}
		ms = append(ms, mark{start: ev.Trigger.Start, end: ev.Trigger.End, rank: 2, class: htmlEvent,
			ref: prefix + ev.ID, title: eventTip(ev, names),
			attrs: fmt.Sprintf(` data-type="%s" data-args="%s"`, esc(ev.Type), esc(strings.Join(args, " ")))})
	}
	return ms
}

func entityTip(e doc.Entity) string {
	var b strings.Builder
	b.WriteString(e.Type)
	if e.Subtype != "" {
		b.WriteString(" (" + e.Subtype + ")")
	}
	b.WriteString(" " + e.ID + "\n" + e.Name)
	if e.NameEn != "" {
		b.WriteString("\n" + e.NameEn)
	}
	if e.KBID != "" {
		b.WriteString("\nkb_id: " + e.KBID)
	}
	for _, k := range sortedKeys(e.Attributes) {
		b.WriteString("\n" + k + ": " + e.Attributes[k])
	}
	return b.String()
}

// entityNames maps entity and date ids to what a reader recognises them
// by: the entity's name, the date's value.
func entityNames(d *doc.Document) map[string]string {
	names := make(map[string]string, len(d.Entities)+len(d.Dates))
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	for _, x := range d.Dates {
		names[x.ID] = x.Text + " (" + x.Value + ")"
	}
	return names
}

func argText(a doc.Argument, names map[string]string) string {
	switch {
	case a.Entity != "":
		return names[a.Entity]
	case a.Date != "":
		return names[a.Date]
	}
	return a.Text
}

func eventTip(ev doc.Event, names map[string]string) string {
	var b strings.Builder
	b.WriteString(ev.Type + " " + ev.ID)
	if ev.Plover != "" {
		b.WriteString("\nPLOVER: " + ev.Plover)
	}
	if ev.Cameo != "" {
		b.WriteString("\nCAMEO: " + ev.Cameo)
	}
	if ev.Modality != "" {
		b.WriteString("\nmodality: " + ev.Modality)
	}
	for _, a := range ev.Arguments {
		b.WriteString("\n" + a.Role + ": " + argText(a, names))
	}
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// typeClass is the CSS class of an entity type: t-person, t-organization,
// t-location, or t-other for types the legend has no colour for.
func typeClass(t string) string {
	switch t {
	case doc.Person, doc.Organization, doc.Location:
		return "t-" + strings.ToLower(t)
	}
	return "t-other"
}

// classWord keeps a value usable inside a class attribute.
func classWord(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return -1
	}, s)
}

// renderMarked writes text with marks as properly nested <mark> elements.
// Spans that cross (one starts inside another and ends after it) are split
// where they cross; every piece carries the same data-ref, and pieces
// after the first carry data-cont. Spans outside the text are clipped, and
// empty ones dropped.
func renderMarked(w *bufio.Writer, text string, marks []mark) {
	runes := []rune(text)
	n := len(runes)
	kept := marks[:0:0]
	for _, m := range marks {
		m.start, m.end = max(m.start, 0), min(m.end, n)
		if m.start < m.end {
			kept = append(kept, m)
		}
	}
	marks = kept
	sort.SliceStable(marks, func(i, j int) bool {
		a, b := marks[i], marks[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return a.rank < b.rank
	})
	bounds := make([]int, 0, 2*len(marks)+1)
	for _, m := range marks {
		bounds = append(bounds, m.start, m.end)
	}
	bounds = append(bounds, n)
	sort.Ints(bounds)

	open := func(m mark, cont bool) {
		fmt.Fprintf(w, `<mark class="%s" data-ref="%s" title="%s"%s`, m.class, esc(m.ref), esc(m.title), m.attrs)
		if cont {
			w.WriteString(` data-cont=""`)
		}
		w.WriteByte('>')
	}
	var stack []int
	next, pos := 0, 0
	for _, b := range bounds {
		if b < pos {
			continue
		}
		w.WriteString(esc(string(runes[pos:b])))
		pos = b
		// Close what ends here, reopening what was nested inside it but
		// goes on.
		low := -1
		for k, mi := range stack {
			if marks[mi].end <= b {
				low = k
				break
			}
		}
		if low >= 0 {
			for k := len(stack) - 1; k >= low; k-- {
				w.WriteString("</mark>")
			}
			var again []int
			for _, mi := range stack[low:] {
				if marks[mi].end > b {
					again = append(again, mi)
				}
			}
			stack = stack[:low]
			for _, mi := range again {
				open(marks[mi], true)
				stack = append(stack, mi)
			}
		}
		for next < len(marks) && marks[next].start == b {
			open(marks[next], false)
			stack = append(stack, next)
			next++
		}
	}
	for range stack {
		w.WriteString("</mark>")
	}
}

func writeEventsTable(w *bufio.Writer, d *doc.Document, prefix string) {
	if len(d.Events) == 0 {
		return
	}
	names := entityNames(d)
	w.WriteString("<h3>الأحداث · Events</h3>\n<table class=\"events\">\n<thead><tr><th>id</th><th>type</th><th>PLOVER · CAMEO</th><th>trigger</th><th>modality</th><th>arguments</th></tr></thead>\n<tbody>\n")
	for _, ev := range d.Events {
		codes := ev.Plover
		if ev.Cameo != "" {
			codes = strings.TrimPrefix(codes+" · "+ev.Cameo, " · ")
		}
		fmt.Fprintf(w, "<tr data-ref=\"%s\"><td dir=\"ltr\">%s</td><td dir=\"ltr\">%s</td><td dir=\"ltr\">%s</td><td>%s</td><td dir=\"ltr\">%s</td><td>",
			esc(prefix+ev.ID), esc(ev.ID), esc(ev.Type), esc(codes), esc(ev.Trigger.Text), esc(ev.Modality))
		for i, a := range ev.Arguments {
			if i > 0 {
				w.WriteString("<br>")
			}
			ref, text, value := "", a.Text, ""
			switch {
			case a.Entity != "":
				ref, text = prefix+a.Entity, names[a.Entity]
			case a.Date != "":
				ref = prefix + a.Date
				for _, x := range d.Dates {
					if x.ID == a.Date {
						text, value = x.Text, x.Value
					}
				}
			}
			fmt.Fprintf(w, "<span class=\"role\" dir=\"ltr\">%s</span> <bdi class=\"arg\" data-ref=\"%s\">%s</bdi>", esc(a.Role), esc(ref), esc(text))
			if value != "" {
				fmt.Fprintf(w, " <bdi class=\"value\" dir=\"ltr\">%s</bdi>", esc(value))
			}
		}
		w.WriteString("</td></tr>\n")
	}
	w.WriteString("</tbody>\n</table>\n")
}

func writeEntitiesTable(w *bufio.Writer, d *doc.Document, prefix string) {
	if len(d.Entities) == 0 {
		return
	}
	fmt.Fprintf(w, "<details class=\"entities\"><summary>الكيانات · Entities (%d)</summary>\n<table>\n<thead><tr><th>id</th><th>type</th><th>name</th><th>English</th><th>kb_id</th><th>mentions</th><th>attributes</th></tr></thead>\n<tbody>\n", len(d.Entities))
	for _, e := range d.Entities {
		typ := e.Type
		if e.Subtype != "" {
			typ += " / " + e.Subtype
		}
		fmt.Fprintf(w, "<tr data-ref=\"%s\"><td dir=\"ltr\">%s</td><td dir=\"ltr\"><span class=\"swatch %s\"></span> %s</td><td>%s</td><td dir=\"ltr\">%s</td><td dir=\"ltr\">%s</td><td>%d</td><td>%s</td></tr>\n",
			esc(prefix+e.ID), esc(e.ID), typeClass(e.Type), esc(typ), esc(e.Name), esc(e.NameEn), esc(e.KBID), len(e.Mentions),
			strings.ReplaceAll(esc(attrs(e.Attributes)), "\n", "<br>"))
	}
	w.WriteString("</tbody>\n</table>\n</details>\n")
}

const htmlHead = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsx">
<title>newsx</title>
<style>
:root { --person: #cfe0ff; --person-b: #2f62c9; --org: #ffdcb0; --org-b: #c76a00; --loc: #c9efc9; --loc-b: #2e8b3a;
  --other: #ead8f7; --other-b: #8a4fb8; --date: #fff19a; --date-b: #a88a00; --event: #ffc7d2; --event-b: #c2184a; }
body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif;
  margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; line-height: 1.9; color: #1d1d1f; background: #fbfbfa; }
header { border-bottom: 1px solid #ddd; margin-bottom: 1rem; }
h1 { font-size: 1.4rem; margin: .2rem 0; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; margin: .4rem 0 .8rem; font-size: .9rem; }
.legend mark { cursor: default; }
.meta, footer, .legend-note { color: #555; font-size: .85rem; font-family: system-ui, sans-serif; }
.text { white-space: pre-wrap; font-size: 1.15rem; background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: .8rem 1rem; }
mark { background: none; color: inherit; border-radius: 3px; padding: 0 1px; cursor: help; }
mark.ent { border-bottom: 2px solid; }
mark.ent.k-nominal, mark.ent.k-adjective, mark.ent.k-pronoun { border-bottom-style: dashed; }
mark.t-person { background: var(--person); border-color: var(--person-b); }
mark.t-organization { background: var(--org); border-color: var(--org-b); }
mark.t-location { background: var(--loc); border-color: var(--loc-b); }
mark.t-other { background: var(--other); border-color: var(--other-b); }
mark.timex { background: var(--date); box-shadow: inset 0 -2px 0 var(--date-b); }
mark.trigger { background: var(--event); outline: 1.5px solid var(--event-b); font-weight: bold; }
mark.linked, tr.linked td { outline: 2px solid #111; background-image: linear-gradient(rgba(0,0,0,.07), rgba(0,0,0,.07)); }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; vertical-align: middle; }
.swatch.t-person { background: var(--person); border: 1px solid var(--person-b); }
.swatch.t-organization { background: var(--org); border: 1px solid var(--org-b); }
.swatch.t-location { background: var(--loc); border: 1px solid var(--loc-b); }
.swatch.t-other { background: var(--other); border: 1px solid var(--other-b); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; background: #fff; }
th, td { border: 1px solid #ddd; padding: .2rem .45rem; text-align: start; vertical-align: top; }
th { background: #f0f0ee; font-family: system-ui, sans-serif; font-weight: 600; }
.role { color: #666; font-size: .8rem; font-family: system-ui, sans-serif; display: inline-block; min-width: 5.5em; }
.value { color: #555; font-family: ui-monospace, monospace; font-size: .85rem; }
.warnings { color: #8a5a00; font-size: .85rem; }
.failed .error { color: #b00020; font-family: system-ui, sans-serif; }
details { margin-top: .6rem; }
summary { cursor: pointer; font-weight: 600; }
</style>
</head>
<body>
<header>
<h1>newsx</h1>
<ul class="legend" aria-label="legend">
<li><mark class="ent t-person k-name">شخص · person</mark></li>
<li><mark class="ent t-organization k-name">منظمة · organisation</mark></li>
<li><mark class="ent t-location k-name">مكان · place</mark></li>
<li><mark class="ent t-other k-name">كيان آخر · other</mark></li>
<li><mark class="timex">تاريخ · date</mark></li>
<li><mark class="trigger">حدث · event trigger</mark></li>
<li><mark class="ent t-person k-nominal">إشارة غير اسمية · nominal, adjective, pronoun</mark></li>
</ul>
<p class="legend-note" dir="ltr">Hover a highlight for its details (canonical and English names, knowledge-base id, date value, event type); hovering also marks the entity's other mentions and an event's arguments.</p>
</header>
<main>
`

// htmlScript links highlights: hovering a mention marks every mention of
// the same entity; hovering a trigger or an events-table row marks the
// event's arguments too. The page reads well without it.
const htmlScript = `<script>
(function () {
  var linked = [];
  function clear() { linked.forEach(function (e) { e.classList.remove("linked"); }); linked = []; }
  function mark(ref) {
    if (!ref) return;
    document.querySelectorAll('[data-ref="' + CSS.escape(ref) + '"]').forEach(function (e) { e.classList.add("linked"); linked.push(e); });
  }
  // One listener for the whole page, however many highlights it has.
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("mark[data-ref], tr[data-ref]");
    clear();
    if (!el) return;
    mark(el.dataset.ref);
    var ev = el.dataset.args !== undefined ? el : document.querySelector('mark.trigger[data-ref="' + CSS.escape(el.dataset.ref) + '"]');
    if (ev && ev.dataset.args) ev.dataset.args.split(" ").forEach(mark);
  });
  document.documentElement.setAttribute("data-newsx-ready", document.querySelectorAll("mark[data-ref]").length);
})();
</script>
`

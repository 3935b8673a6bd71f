package write_test

import (
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsx/newsx/extract/write"
)

// TestHTMLStatic checks the page as text: one page for the whole run,
// right to left, self-contained, everything escaped.
func TestHTMLStatic(t *testing.T) {
	page := render(t, "html", write.Options{}, fixture(t), errorResult(), fixture(t))
	for _, want := range []string{
		`<html lang="ar" dir="rtl">`, `<meta charset="utf-8">`, `class="legend"`,
		`data-ref="d1-e1"`, `data-ref="d3-e1"`, // documents are numbered, ids kept apart
		`data-name-en="Boris Ruge"`, `data-kb="org:nato"`, `data-value="2025-10-23/2025-10-24"`,
		`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`, // the article's own markup, escaped
		`error <code>binary</code>: bad.txt: binary data &lt;x&gt;`,
		`<table class="events">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if n := strings.Count(page, "<html"); n != 1 {
		t.Errorf("%d <html> elements: want one page per run", n)
	}
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("%d <script> elements, want only newsx's own", n)
	}
	for _, bad := range []string{"http://", "https://", "<link", "@import", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("page is not self-contained: it holds %q", bad)
		}
	}
	empty := render(t, "html", write.Options{})
	if !strings.Contains(empty, "</html>") || !strings.Contains(empty, "No input.") {
		t.Errorf("an empty run should still give a complete page")
	}
}

// browser finds a Chromium to run, or skips the test saying why.
func browser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NEWSX_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine (install Debian's chromium, as .ci/deps does, or set NEWSX_CHROMIUM): the HTML view is not checked in a browser")
	return ""
}

// headless runs Chromium on page with extra arguments and returns its
// standard output.
func headless(t *testing.T, page string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, browser(t), append(append(base, args...), "file://"+page)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	return string(out)
}

// probeScript runs in the browser after the page's own script: it reads
// the DOM as Chromium built it, hovers a mention and a trigger to exercise
// the page's script, and leaves its findings as JSON in #probe for
// --dump-dom.
const probeScript = `<pre id="probe"></pre><script>
(function () {
  var r = {title: document.title, ready: document.documentElement.getAttribute("data-newsx-ready"),
    scripts: document.scripts.length, dir: document.documentElement.dir, marks: [], texts: [], legend: [], rows: 0};
  document.querySelectorAll(".doc .text mark").forEach(function (m) {
    r.marks.push({cls: m.className, ref: m.dataset.ref, text: m.textContent, title: m.title,
      cont: m.hasAttribute("data-cont"), bg: getComputedStyle(m).backgroundColor});
  });
  document.querySelectorAll(".doc .text").forEach(function (d) { r.texts.push(d.textContent); });
  document.querySelectorAll(".legend mark").forEach(function (m) { r.legend.push(getComputedStyle(m).backgroundColor); });
  r.rows = document.querySelectorAll("table.events tbody tr").length;
  var first = document.querySelector('mark[data-ref="d1-e1"]');
  first.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  r.linkedByMention = Array.prototype.map.call(document.querySelectorAll(".text .linked"), function (e) { return e.textContent; });
  document.querySelector('mark.trigger[data-ref="d1-v1"]').dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  r.linkedByTrigger = Array.prototype.map.call(document.querySelectorAll(".text .linked"), function (e) { return e.textContent; });
  document.getElementById("probe").textContent = JSON.stringify(r);
})();
</script>
`

type probe struct {
	Title   string
	Ready   string
	Scripts int
	Dir     string
	Marks   []struct {
		Cls, Ref, Text, Title, Bg string
		Cont                      bool
	}
	Texts           []string
	Legend          []string
	Rows            int
	LinkedByMention []string
	LinkedByTrigger []string
}

// TestHTMLInChromium renders a page in headless Chromium and checks the
// DOM it builds: every highlight is there with the right text, type and
// tooltip, the colours differ by kind, the article text survives exactly
// (its own <script> stays text and never runs), and the page's script
// links mentions on hover.
func TestHTMLInChromium(t *testing.T) {
	bin := browser(t)
	_ = bin
	page := render(t, "html", write.Options{}, fixture(t), errorResult())
	page = strings.Replace(page, "</body>", probeScript+"</body>", 1)
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := headless(t, path, "--dump-dom")
	m := regexp.MustCompile(`(?s)<pre id="probe">(.*?)</pre>`).FindStringSubmatch(dom)
	if m == nil || m[1] == "" {
		t.Fatalf("no probe output in the DOM: %.2000s", dom)
	}
	var p probe
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &p); err != nil {
		t.Fatalf("probe: %v: %s", err, m[1])
	}
	if p.Title != "newsx" || p.Dir != "rtl" {
		t.Errorf("title %q dir %q: the article's markup changed the page", p.Title, p.Dir)
	}
	if p.Scripts != 2 {
		t.Errorf("%d scripts in the DOM, want newsx's and the probe's only", p.Scripts)
	}
	if p.Ready != "10" {
		t.Errorf("page script did not run or counted %q highlights, want 10", p.Ready)
	}
	if len(p.Texts) != 1 || p.Texts[0] != article {
		t.Errorf("article text in the DOM differs from the input:\n got %q\nwant %q", p.Texts, article)
	}
	type want struct{ cls, ref, text, tip string }
	wants := []want{
		{"trigger", "d1-v1", "زار", "VISIT v1\nPLOVER: CONSULT\nCAMEO: 042\nmodality: asserted\nagent: بوريس روجه\nplace: جنيف\ntime: 23 و24 أكتوبر (2025-10-23/2025-10-24)"},
		{"ent t-person k-name", "d1-e1", "بوريس روجه", "PERSON e1\nبوريس روجه\nBoris Ruge\nrole: مساعد الأمين العام لحلف الناتو\nmention: name"},
		{"ent t-organization k-name", "d1-e2", "الناتو", "ORGANIZATION (international) e2\nحلف شمال الأطلسي\nNATO\nkb_id: org:nato\nmention: name"},
		{"ent t-location k-name", "d1-e3", "جنيف", "LOCATION (city) e3\nجنيف\nGeneva\nkb_id: loc:geneva\nmention: name"},
		{"timex", "d1-t1", "23 و24 أكتوبر", "DATE t1\nvalue: 2025-10-23/2025-10-24"},
		{"trigger", "d1-v2", "التقى", ""},
		{"ent t-location k-adjective", "d1-e4", "السويسري", ""},
		{"ent t-person k-name", "d1-e1", "روجه", ""},
		{"ent t-organization k-nominal", "d1-e2", "الحلف", ""},
		{"ent t-person k-name", "d1-e5", "<b>غامق</b>", "PERSON e5\n<b>غامق</b>\n\"quoted\" & <i>\nmention: name"},
	}
	if len(p.Marks) != len(wants) {
		t.Fatalf("%d highlights in the DOM, want %d: %+v", len(p.Marks), len(wants), p.Marks)
	}
	colours := map[string]string{}
	for i, w := range wants {
		g := p.Marks[i]
		if g.Cls != w.cls || g.Ref != w.ref || g.Text != w.text || (w.tip != "" && g.Title != w.tip) {
			t.Errorf("highlight %d:\n got %q %q %q tooltip %q\nwant %q %q %q tooltip %q", i, g.Cls, g.Ref, g.Text, g.Title, w.cls, w.ref, w.text, w.tip)
		}
		kind := strings.Fields(g.Cls)
		colours[kind[min(1, len(kind)-1)]] = g.Bg
	}
	seen := map[string]string{}
	for kind, bg := range colours {
		if other, dup := seen[bg]; dup || bg == "" || bg == "rgba(0, 0, 0, 0)" {
			t.Errorf("%s and %s share the colour %q", kind, other, bg)
		}
		seen[bg] = kind
	}
	if len(p.Legend) != 7 {
		t.Errorf("legend has %d entries, want 7", len(p.Legend))
	}
	if p.Rows != 2 {
		t.Errorf("events table has %d rows, want 2", p.Rows)
	}
	if strings.Join(p.LinkedByMention, "|") != "بوريس روجه|روجه" {
		t.Errorf("hovering a mention marks %q, want both mentions of e1", p.LinkedByMention)
	}
	if strings.Join(p.LinkedByTrigger, "|") != "زار|بوريس روجه|جنيف|23 و24 أكتوبر|روجه" {
		t.Errorf("hovering a trigger marks %q, want it and its arguments", p.LinkedByTrigger)
	}

	// A screenshot for people to look at: NEWSX_SCREENSHOT=path.png.
	if shot := os.Getenv("NEWSX_SCREENSHOT"); shot != "" {
		abs, _ := filepath.Abs(shot)
		headless(t, path, "--hide-scrollbars", "--window-size=1100,1400", "--virtual-time-budget=3000", "--screenshot="+abs)
		t.Logf("screenshot written to %s", abs)
	}
}

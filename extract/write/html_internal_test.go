package write

import (
	"bufio"
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var tagRE = regexp.MustCompile(`<(/?)mark\b[^>]*>`)

// checkMarked checks renderMarked's output: stripping the tags and
// unescaping gives back the text exactly, <mark> tags balance, and no
// other markup appears.
func checkMarked(t *testing.T, text, out string) {
	t.Helper()
	depth := 0
	for _, m := range tagRE.FindAllStringSubmatch(out, -1) {
		if m[1] == "/" {
			depth--
		} else {
			depth++
		}
		if depth < 0 {
			t.Fatalf("</mark> without <mark> in %q", out)
		}
	}
	if depth != 0 {
		t.Fatalf("unbalanced <mark> in %q", out)
	}
	plain := tagRE.ReplaceAllString(out, "")
	if strings.ContainsAny(plain, "<>\"") {
		t.Fatalf("unescaped markup left in %q", plain)
	}
	// A NUL cannot reach a writer (newsx refuses binary input), and HTML
	// reads any reference to it as U+FFFD.
	if got := html.UnescapeString(plain); got != strings.ReplaceAll(text, "\x00", "\uFFFD") {
		t.Fatalf("text changed:\n got %q\nwant %q", got, text)
	}
}

func renderString(text string, marks []mark) string {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	renderMarked(w, text, marks)
	w.Flush()
	return b.String()
}

func TestRenderMarkedNestingAndCrossing(t *testing.T) {
	text := "أ ب ج د ه و"
	// Code points: أ0 ' '1 ب2 ' '3 ج4 ' '5 د6 ' '7 ه8 ' '9 و10
	marks := []mark{
		{start: 0, end: 5, class: "a", ref: "A"},   // أ ب ج
		{start: 2, end: 3, class: "b", ref: "B"},   // ب, nested in A
		{start: 4, end: 9, class: "c", ref: "C"},   // ج د ه: crosses A's end
		{start: 10, end: 99, class: "d", ref: "D"}, // clipped to the text
		{start: 7, end: 7, class: "e", ref: "E"},   // empty: dropped
		{start: -3, end: 0, class: "f", ref: "F"},  // outside: dropped
		{start: 0, end: 5, class: "g", ref: "G", rank: 1},
	}
	out := renderString(text, marks)
	checkMarked(t, text, out)
	want := `<mark class="a" data-ref="A" title=""><mark class="g" data-ref="G" title="">أ <mark class="b" data-ref="B" title="">ب</mark> <mark class="c" data-ref="C" title="">ج</mark></mark></mark>` +
		`<mark class="c" data-ref="C" title="" data-cont="">` + ` د ه</mark> <mark class="d" data-ref="D" title="">و</mark>`
	if out != want {
		t.Errorf("\n got %s\nwant %s", out, want)
	}
}

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		`<script>"x" & 'y'</script>`: `&lt;script&gt;&#34;x&#34; &amp; &#39;y&#39;&lt;/script&gt;`,
		"a\x01b\x7fc\n\td":           "a&#x1;b&#x7F;c\n\td",
	} {
		if got := esc(in); got != want {
			t.Errorf("esc(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzRenderMarked derives a text and spans from fuzz input and checks
// that the highlighted HTML always gives back exactly the text, with
// balanced tags, whatever the spans (overlapping, crossing, out of range).
func FuzzRenderMarked(f *testing.F) {
	f.Add("زار روجه جنيف <b>&amp;</b>", []byte{0, 3, 1, 8, 2, 20, 4, 12})
	f.Add("", []byte{0, 0})
	f.Add("a\x01\"'<>", []byte{1, 3, 2, 5, 0, 7})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		if !utf8.ValidString(text) {
			return
		}
		var marks []mark
		for i := 0; i+1 < len(spans); i += 2 {
			marks = append(marks, mark{start: int(spans[i]) - 8, end: int(spans[i+1]) - 8,
				class: "m", ref: string(rune('a' + i%26)), rank: i % 3, title: text})
		}
		checkMarked(t, text, renderString(text, marks))
	})
}

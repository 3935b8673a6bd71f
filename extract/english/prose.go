package english

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	sentenglish "gopkg.in/neurosnap/sentences.v1/english"
)

// The prose model (averaged-perceptron tagger and maximum-entropy entity
// classifier) takes about half a second and tens of megabytes to decode.
// prose.NewDocument decodes it again for every document unless a model is
// passed with prose.UsingModel, so newsx decodes it once per process and
// shares it. Sharing is safe: after loading, tagging and classifying only
// read the model's maps and slices (per-document state lives in the
// document's own tokens), which TestConcurrentDocuments checks under -race.
//
// prose's sentence segmenter is the Punkt segmenter of
// gopkg.in/neurosnap/sentences.v1 with its English training data, which
// prose also rebuilds for every document (about 10 ms) and gives no offsets
// for. newsx builds the same segmenter once and takes its byte offsets.
// Punkt's Tokenize only reads its trained storage, so it is shared too.
var (
	modelOnce sync.Once
	model     *prose.Model
	segmenter *sentences.DefaultSentenceTokenizer
	loads     atomic.Int32 // how many times the model was decoded (1 after first use)
)

// sharedModel returns the process-wide prose model and segmenter, loading
// them on first use.
func sharedModel() (*prose.Model, *sentences.DefaultSentenceTokenizer) {
	modelOnce.Do(func() {
		// ModelFromData with no data sources is prose's built-in English
		// model: the exported way to hold it.
		model = prose.ModelFromData("en")
		seg, err := sentenglish.NewSentenceTokenizer(nil)
		if err == nil {
			segmenter = seg
		}
		loads.Add(1)
	})
	return model, segmenter
}

// ModelLoads reports how many times the prose model has been decoded in
// this process: 0 before the first English document, 1 after.
func ModelLoads() int { return int(loads.Load()) }

// tok is one prose token placed in the matching form.
type tok struct {
	text  string // as prose gives it (curly quotes straightened)
	lower string
	tag   string // Penn Treebank part of speech
	label string // prose's IOB entity label (B-PERSON, I-GPE, O)
	// start, end are matching-form code point offsets, end exclusive.
	start, end int
	sent       int
}

// sentence is a run of tokens [first, last) with matching-form offsets.
type sentence struct {
	first, last int
	start, end  int
	headline    bool
}

// text is the tokenised, tagged form of an English document.
type text struct {
	toks  []tok
	sents []sentence
}

// analyse runs prose's tokeniser, tagger and entity classifier with the
// shared model over form, places every token at its code point offsets in
// form and groups tokens into sentences: one Punkt segmentation per line,
// so headlines and paragraphs never run into each other.
func analyse(form string) *text {
	m, seg := sharedModel()
	out := &text{}
	d, err := prose.NewDocument(form, prose.UsingModel(m), prose.WithSegmentation(false))
	if err != nil {
		return out
	}
	out.toks = align(form, d.Tokens())
	out.sents = segment(form, seg)
	si := 0
	for i := range out.toks {
		for si < len(out.sents)-1 && out.toks[i].start >= out.sents[si].end {
			si++
		}
		out.toks[i].sent = si
	}
	// Token ranges of sentences; sentences without tokens stay empty.
	for i := range out.sents {
		out.sents[i].first, out.sents[i].last = -1, -1
	}
	for i, t := range out.toks {
		s := &out.sents[t.sent]
		if s.first < 0 {
			s.first = i
		}
		s.last = i + 1
	}
	for i := range out.sents {
		if out.sents[i].first < 0 {
			out.sents[i].first, out.sents[i].last = 0, 0
		}
	}
	return out
}

// align finds each prose token in form, left to right, and records its
// code point span. prose straightens curly quotes before tokenising, so a
// straight quote in a token matches a curly one in the form. A token that
// cannot be found nearby (prose's &rsquo; rewriting) is dropped.
func align(form string, ptoks []prose.Token) []tok {
	out := make([]tok, 0, len(ptoks))
	b, cp := 0, 0 // byte and code point position in form
	for _, pt := range ptoks {
		if pt.Text == "" {
			continue
		}
		// Search forward from b for the token, at most a few hundred bytes.
		sb, scp := b, cp
		for tries := 0; sb < len(form) && tries < 400; tries++ {
			if n, ok := matchAt(form[sb:], pt.Text); ok {
				start := scp
				end := scp + utf8.RuneCountInString(form[sb:sb+n])
				out = append(out, tok{text: pt.Text, lower: strings.ToLower(pt.Text), tag: pt.Tag,
					label: pt.Label, start: start, end: end})
				b, cp = sb+n, end
				break
			}
			_, sz := utf8.DecodeRuneInString(form[sb:])
			sb += sz
			scp++
		}
	}
	return out
}

// matchAt reports whether s starts with token t (quotes folded) and how
// many bytes of s it covers.
func matchAt(s, t string) (int, bool) {
	i := 0
	for _, r := range t {
		if i >= len(s) {
			return 0, false
		}
		c, sz := utf8.DecodeRuneInString(s[i:])
		if c != r && fold(c) != r {
			return 0, false
		}
		i += sz
	}
	return i, true
}

func fold(r rune) rune {
	switch r {
	case '\u201c', '\u201d':
		return '"'
	case '\u2018', '\u2019':
		return '\''
	}
	return r
}

// segment splits form into sentences: each line separately, and within a
// line at Punkt's boundaries. A line without final punctuation is a
// headline.
func segment(form string, seg *sentences.DefaultSentenceTokenizer) []sentence {
	var out []sentence
	cp := 0
	for line := range strings.SplitSeq(form, "\n") {
		n := utf8.RuneCountInString(line)
		if strings.TrimSpace(line) != "" {
			var parts []*sentences.Sentence
			if seg != nil {
				parts = seg.Tokenize(line)
			}
			if len(parts) == 0 {
				parts = []*sentences.Sentence{{Start: 0, End: len(line), Text: line}}
			}
			for _, p := range parts {
				s := strings.TrimFunc(line[p.Start:p.End], unicode.IsSpace)
				if s == "" {
					continue
				}
				lead := strings.Index(line[p.Start:p.End], s)
				bs := p.Start + lead
				start := cp + utf8.RuneCountInString(line[:bs])
				end := start + utf8.RuneCountInString(s)
				out = append(out, sentence{start: start, end: end})
			}
			last := strings.TrimRightFunc(line, unicode.IsSpace)
			if r, _ := utf8.DecodeLastRuneInString(last); !strings.ContainsRune(".!?:;\"'\u201d\u2019)", r) && len(out) > 0 {
				out[len(out)-1].headline = true
			}
		}
		cp += n + 1
	}
	if len(out) == 0 {
		out = append(out, sentence{})
	}
	return out
}

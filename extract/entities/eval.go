package entities

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/doc"
)

// EvalTypes are the CoNLL entity types newsx is scored on, and the
// document types they correspond to.
var EvalTypes = []string{"PERS", "LOC", "ORG"}

var conllType = map[string]string{doc.Person: "PERS", doc.Location: "LOC", doc.Organization: "ORG"}

// Sentence is one record of a CoNLL file: its tokens and IOB2 tags.
type Sentence struct {
	Tokens []string
	Tags   []string
	// Line is the line of the sentence's first token.
	Line int
}

// Text returns the sentence's tokens joined by single spaces: the record
// newsx reads.
func (s Sentence) Text() string { return strings.Join(s.Tokens, " ") }

// ReadCoNLL reads a CoNLL file: one "token TAG" a line (whitespace
// separated, the tag last), a blank line between sentences.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want \"token TAG\", got %q", n, line)
		}
		tag := f[len(f)-1]
		if tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-") {
			return nil, fmt.Errorf("line %d: tag %q is not IOB2 (O, B-X, I-X)", n, tag)
		}
		if len(cur.Tokens) == 0 {
			cur.Line = n
		}
		cur.Tokens = append(cur.Tokens, strings.Join(f[:len(f)-1], " "))
		cur.Tags = append(cur.Tags, tag)
	}
	flush()
	return out, sc.Err()
}

// Chunk is an entity over tokens [Start, End) of a sentence.
type Chunk struct {
	Type       string
	Start, End int
}

// GoldChunks returns the entities of a sentence's IOB2 tags; an I- tag
// that does not continue an entity of its type starts one.
func GoldChunks(tags []string) []Chunk {
	var out []Chunk
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == "O" {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Chunk{typ, i, j})
		i = j - 1
	}
	return out
}

// PredictedChunks projects a document's name mentions onto the sentence's
// tokens: a token takes the type of the name mention that overlaps it,
// and the tokens of one mention form one entity. Nominal, adjective and
// pronoun mentions are not names and are left out.
func PredictedChunks(s Sentence, d *doc.Document) []Chunk {
	starts := make([]int, len(s.Tokens))
	pos := 0
	for i, t := range s.Tokens {
		starts[i] = pos
		pos += utf8.RuneCountInString(t) + 1
	}
	owner := make([]int, len(s.Tokens))
	typ := make([]string, len(s.Tokens))
	id := 0
	for _, e := range d.Entities {
		ct, ok := conllType[e.Type]
		if !ok {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind != doc.KindName {
				continue
			}
			id++
			for i := range s.Tokens {
				end := starts[i] + utf8.RuneCountInString(s.Tokens[i])
				if owner[i] == 0 && m.Start < end && m.End > starts[i] {
					owner[i], typ[i] = id, ct
				}
			}
		}
	}
	var out []Chunk
	for i := 0; i < len(owner); i++ {
		if owner[i] == 0 {
			continue
		}
		j := i + 1
		for j < len(owner) && owner[j] == owner[i] {
			j++
		}
		out = append(out, Chunk{typ[i], i, j})
		i = j - 1
	}
	return out
}

// Score is precision, recall and F1 for one type, or micro-averaged.
type Score struct {
	Type            string
	TP, FP, FN      int
	P, R, F1        float64
	Gold, Predicted int
}

func (s *Score) finish() {
	s.Gold, s.Predicted = s.TP+s.FN, s.TP+s.FP
	if s.TP+s.FP > 0 {
		s.P = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.R = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
}

// EvalError is a false positive or a miss, for study.
type EvalError struct {
	// Kind is "FP" (found, not in gold), "FN" (in gold, missed).
	Kind     string
	Type     string
	Text     string
	Line     int
	Sentence string
}

// Report is the outcome of an evaluation.
type Report struct {
	Sentences int
	Tokens    int
	// Scores holds one score per EvalTypes entry, then the micro average.
	Scores []Score
	Errors []EvalError
}

// Micro returns the micro-averaged score.
func (r *Report) Micro() Score { return r.Scores[len(r.Scores)-1] }

// Evaluate scores extract (which turns a record's text into a document)
// on the gold sentences: exact entity match per type.
func Evaluate(gold []Sentence, extract func(text string) *doc.Document, keepErrors bool) *Report {
	rep := &Report{Sentences: len(gold)}
	by := map[string]*Score{}
	for _, t := range EvalTypes {
		by[t] = &Score{Type: t}
	}
	for _, s := range gold {
		rep.Tokens += len(s.Tokens)
		d := extract(s.Text())
		g := GoldChunks(s.Tags)
		p := PredictedChunks(s, d)
		gs := map[Chunk]bool{}
		for _, c := range g {
			gs[c] = true
		}
		ps := map[Chunk]bool{}
		for _, c := range p {
			ps[c] = true
		}
		for _, c := range p {
			sc, ok := by[c.Type]
			if !ok {
				continue
			}
			if gs[c] {
				sc.TP++
			} else {
				sc.FP++
				if keepErrors {
					rep.Errors = append(rep.Errors, EvalError{"FP", c.Type, strings.Join(s.Tokens[c.Start:c.End], " "), s.Line + c.Start, s.Text()})
				}
			}
		}
		for _, c := range g {
			sc, ok := by[c.Type]
			if !ok || ps[c] {
				continue
			}
			sc.FN++
			if keepErrors {
				rep.Errors = append(rep.Errors, EvalError{"FN", c.Type, strings.Join(s.Tokens[c.Start:c.End], " "), s.Line + c.Start, s.Text()})
			}
		}
	}
	micro := Score{Type: "micro"}
	for _, t := range EvalTypes {
		sc := by[t]
		sc.finish()
		micro.TP += sc.TP
		micro.FP += sc.FP
		micro.FN += sc.FN
		rep.Scores = append(rep.Scores, *sc)
	}
	micro.finish()
	rep.Scores = append(rep.Scores, micro)
	sort.SliceStable(rep.Errors, func(i, j int) bool { return rep.Errors[i].Line < rep.Errors[j].Line })
	return rep
}

package entities

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/gazetteer"
)

// Spare bits New marks common words with while it gathers them: a word
// added as common and one of a place name.
const (
	tmpCommon wordClass = 1 << 30
	tmpPlace  wordClass = 1 << 31
)

// classTable holds the word classes while New builds the stage: by
// matcher vocabulary id for the words the matcher knows (most of them),
// in a map for the others. It spares start-up a map of every class word.
type classTable struct {
	m     *gazetteer.Matcher
	vocab []wordClass
	other map[string]wordClass
}

func newClassTable(m *gazetteer.Matcher) *classTable {
	return &classTable{m: m, vocab: make([]wordClass, m.VocabularySize()), other: map[string]wordClass{}}
}

// get returns the classes of w.
func (t *classTable) get(w string) wordClass {
	if id := t.m.WordID(w); id >= 0 {
		return t.vocab[id]
	}
	return t.other[w]
}

// set adds the classes c to w.
func (t *classTable) set(w string, c wordClass) {
	if id := t.m.WordID(w); id >= 0 {
		t.vocab[id] |= c
	} else {
		t.other[w] |= c
	}
}

// at returns the classes of w, whose matcher id is id (-1: none).
func (t *classTable) at(id int32, w string) wordClass {
	if id >= 0 {
		return t.vocab[id]
	}
	return t.other[w]
}

// definite returns the classes of "ال"+w, for w whose matcher id is id
// (-1: none): through the matcher's article links when it knows w.
func (t *classTable) definite(id int32, w string) wordClass {
	if id < 0 {
		return t.get("ال" + w)
	}
	if def, _ := t.m.ArticleForms(int(id)); def >= 0 {
		return t.vocab[def]
	}
	return t.other["ال"+w]
}

// resolveCommon turns the marks tmpCommon and tmpPlace into cCommon: a
// word added as common that is no word of a place name.
func (t *classTable) resolveCommon() {
	resolve := func(c wordClass) wordClass {
		if c&(tmpCommon|tmpPlace) == tmpCommon {
			c |= cCommon
		}
		return c &^ (tmpCommon | tmpPlace)
	}
	for id, c := range t.vocab {
		t.vocab[id] = resolve(c)
	}
	for w, c := range t.other {
		t.other[w] = resolve(c)
	}
}

// info returns the wordInfo of w (without mid); id is w's matcher id
// when the caller has it, else -1.
func (t *classTable) info(id int32, w string) wordInfo {
	var in wordInfo
	if id >= 0 {
		in.self = t.vocab[id]
	} else {
		in.self = t.get(w)
	}
	in.withAl = t.get("ال" + w)
	if s := stripArticle(w); s == w {
		in.strip = in.self
	} else {
		in.strip = t.get(s)
	}
	if rest, ok := strings.CutPrefix(w, "ال"); ok {
		in.afterAl = t.get(rest)
	}
	return in
}

// classBits maps a gazetteer rule class name to its bit (0: a class the
// stage does not use).
func classBits(name string) wordClass {
	for _, c := range ruleClasses {
		if c.name == name {
			return c.bit
		}
	}
	return 0
}

// fields is strings.FieldsSeq for the matching forms New splits: the
// same fields, found without a unicode.IsSpace call per Arabic letter
// (which took a quarter of New).
func fields(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			c := s[i]
			size, space := 1, false
			if c < utf8.RuneSelf {
				space = c == ' ' || c >= '\t' && c <= '\r'
			} else if c >= 0xC3 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				// A two-byte letter (all of Arabic): no space is one.
				size = 2
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				space = isSpace(r)
			}
			if space {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// isSpace is unicode.IsSpace for a rune outside ASCII.
func isSpace(r rune) bool {
	switch {
	case r < 0x1680:
		return r == 0x85 || r == 0xA0
	case r <= 0x3000:
		return r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
	}
	return false
}

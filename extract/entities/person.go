package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/gazetteer"
)

// titled applies the title rule at i: a title or role (السفير, وزير
// الخارجية, الأمين العام) with its complement (a nationality adjective,
// a genitive naming an organisation or country) followed by a name is a
// person, whether or not the name is known (السفير بوريس روجه).
func (r *run) titled(i int) (int, bool) {
	h, ok := r.longestOf(i, titleKinds)
	if !ok {
		return 0, false
	}
	if eh, ok := r.entityHit(i); ok && eh.End > h.End {
		return 0, false
	}
	var title *gazetteer.Title
	isTitle, isRole := false, false
	for _, v := range h.Values {
		if isTitleValue(v) {
			title = &r.s.g.Titles[v.Ref]
			isTitle = isTitle || v.Kind == gazetteer.FormTitle
			isRole = isRole || v.Kind == gazetteer.FormRole
		}
	}
	if title == nil {
		return 0, false
	}
	// A title behind the genitive ل (المبعوث الخاص للأمين العام, زيارة
	// لمساعد الأمين العام) completes the phrase before it; it does not
	// name the person that follows.
	if h.Clitic && strings.HasPrefix(r.toks[h.Start].Analyses[h.Reading].Prefix, "ل") {
		return 0, false
	}
	mark := len(r.spans)
	cEnd, _ := r.complement(h.End, false)
	// A second title after the role's complement (نائب محافظ خراسان …
	// السيد فريدون بامتد) is the person's title.
	var second gazetteer.Hit
	hasSecond := false
	if th, ok := r.longestOf(cEnd, titleKinds); ok && cEnd > h.End && r.sameSentence(i, cEnd) {
		second, hasSecond = th, true
		cEnd = th.End
	}
	// A known person from the gazetteer.
	var person span
	found := false
	if eh, ok := r.entityHit(cEnd); ok && r.sameSentence(i, cEnd) {
		if sp, good := r.gazetteerSpan(eh); good && sp.typ == doc.Person && sp.kind == doc.KindName {
			person, found = sp, true
		}
	}
	if !found {
		end, known, ok := r.nameChain(cEnd, true)
		// A title that is also a common noun of the name_stop class
		// (الفريق: the rank and "the team") needs a known name after it.
		if ok && known == 0 && h.End-h.Start == 1 && r.stems(h.Start, func(rd *reading) bool {
			return rd.eff()&cNameStop != 0
		}) {
			ok = false
		}
		if ok {
			person = r.personSpan(cEnd, end)
			found = true
		}
	}
	if !found {
		if len(r.spans) > mark {
			return cEnd, true
		}
		return 0, false
	}
	// The title found here replaces one a gazetteer alias held.
	person.attrs = 0
	roleEnd := cEnd
	if hasSecond {
		title := r.phraseText(second)
		r.attrsOf(&person).set(aTitle, title)
		roleEnd = second.Start
	}
	if isTitle && (!isRole || roleEnd == h.End) && !hasSecond {
		title := r.phraseText(h)
		r.attrsOf(&person).set(aTitle, title)
	}
	if isRole && (roleEnd > h.End || !isTitle) {
		role := r.roleText(h.Start, roleEnd, h)
		r.attrsOf(&person).set(aRole, role)
		r.setAffiliation(&person, mark)
	}
	end := r.add(person)
	return r.apposition(len(r.spans)-1, end), true
}

// apposition reads a role after a person's name (بوريس روجه، مساعد الأمين
// العام لحلف شمال الأطلسي …) into the person's attributes and returns the
// end of what it consumed.
func (r *run) apposition(k, end int) int {
	if end+1 >= len(r.toks) || (r.text(end) != "،" && r.text(end) != ",") || !r.sameSentence(end, end+1) {
		return end
	}
	h, ok := r.longestOf(end+1, roleKinds)
	if !ok {
		return end
	}
	mark := len(r.spans)
	cEnd, _ := r.complement(h.End, true)
	sp := &r.spans[k]
	if sp.attrs == 0 || r.attrBuf[sp.attrs-1].has&aRole == 0 {
		role := r.roleText(h.Start, cEnd, h)
		r.attrsOf(sp).set(aRole, role)
		r.setAffiliation(sp, mark)
	}
	return cEnd
}

// setAffiliation takes the first organisation named in the role's
// complement (spans added since mark).
func (r *run) setAffiliation(p *span, mark int) {
	for _, sp := range r.spans[mark:] {
		if sp.typ == doc.Organization && (sp.kind == doc.KindName || sp.kind == doc.KindNominal && sp.entry >= 0) {
			if sp.entry >= 0 {
				e := r.s.g.Entries[sp.entry]
				pa := r.attrsOf(p)
				pa.set(aAffiliation, e.Name)
				pa.set(aAffiliationID, e.ID)
			} else {
				aff := r.a.SpanOf(sp.first, sp.last).Text
				r.attrsOf(p).set(aAffiliation, aff)
			}
			return
		}
	}
}

// complement reads what follows a title or role: nationality adjectives,
// organisations and places (bare or in the genitive with لـ), definite
// nouns and adjectives, and parenthesised acronyms. After a name
// (afterName) it also takes construct chains (وسياسة الأمن). It adds the
// entity mentions it meets and returns its end.
func (r *run) complement(j int, afterName bool) (int, bool) {
	start := j
	idafa := false
	for j < len(r.toks) && r.sameSentence(start-1, j) {
		t := &r.toks[j]
		if t.Text == "(" {
			close := -1
			for k := j + 1; k < len(r.toks) && k < j+8 && r.sameSentence(j, k); k++ {
				if r.text(k) == ")" {
					close = k
					break
				}
			}
			if close < 0 {
				break
			}
			for k := j + 1; k < close; {
				if h, ok := r.entityHit(k); ok && h.End <= close {
					if sp, good := r.gazetteerSpan(h); good {
						k = r.add(sp)
						continue
					}
				}
				k++
			}
			j = close + 1
			continue
		}
		if t.Kind != token.Word {
			break
		}
		if h, ok := r.entityHit(j); ok {
			if sp, good := r.gazetteerSpan(h); good && sp.typ != doc.Person && !(r.bareAdjective(sp) && r.isPersonName(j)) && (!h.Clitic || genitive(t, h.Reading) ||
				sp.typ == doc.Organization && strings.HasSuffix(t.Analyses[h.Reading].Prefix, "ب")) {
				if end := r.orgChain(j); end > h.End {
					break
				}
				j = r.add(sp)
				continue
			}
		}
		if end := r.orgChain(j); end > j && (genitive(t, 0) || !strings.HasPrefix(t.Text, "و")) {
			if afterName || !r.isPersonName(j) {
				r.add(r.orgSpan(j, end))
				j = end
				continue
			}
		}
		w := t.Text
		// A role's destination or post (المبعوث الأممي إلى اليمن, السفير
		// لدى الأمم المتحدة): the preposition and the place or body
		// after it belong to the role.
		if (w == "الي" || w == "لدي") && r.word(j+1) {
			if h, ok := r.entityHit(j + 1); ok && !h.Clitic {
				if sp, good := r.gazetteerSpan(h); good && sp.typ != doc.Person {
					j = r.add(sp)
					continue
				}
			}
		}
		if idafa && strings.HasPrefix(w, "ال") {
			// The genitive that completes a construct (وسياسة الأمن).
			idafa = false
			j++
			continue
		}
		// المبعوث الخاص للأمين العام للأمم المتحدة: a title in the
		// genitive with ل is the office the role serves, part of it.
		if th, ok := r.longestOf(j, titleKinds); ok && th.Clitic && genitive(t, th.Reading) && r.sameSentence(j, th.End-1) {
			j = th.End
			continue
		}
		// وزير خارجية إسرائيل السابق: "former" belongs to the role.
		if j > start && formerWord(w) {
			j++
			continue
		}
		if r.tc(j).self&(cStop|cSpeech) != 0 || r.isTitleAt(j) {
			break
		}
		// وزير الخارجية وشؤون المغتربين: a second portfolio coordinated
		// with the first, a common noun with its genitive.
		if !afterName && r.word(j+1) && strings.HasPrefix(r.text(j+1), "ال") &&
			r.stems(j, func(rd *reading) bool { return rd.prefix == "و" && (rd.self|rd.strip|rd.withAl)&cCommon != 0 }) {
			idafa = true
			j++
			continue
		}
		switch {
		case strings.HasPrefix(w, "لل") && utf8.RuneCountInString(w) > 4:
			j++
			continue
		case strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 && !r.isPersonName(j):
			j++
			continue
		case strings.HasPrefix(w, "وال") && utf8.RuneCountInString(w) > 4:
			// Coordinated genitives: وزير المياه والري.
			j++
			continue
		case afterName && r.word(j+1) && strings.HasPrefix(r.text(j+1), "ال") &&
			(strings.HasPrefix(w, "و") || r.tc(j).self&cCommon != 0):

			idafa = true
			j++
			continue
		}
		break
	}
	return j, j > start
}

// formerWord reports السابق and its forms (matching forms): "former",
// after a role.
func formerWord(w string) bool {
	switch w {
	case "السابق", "السابقه", "الاسبق", "الاسبقه":
		return true
	}
	return false
}

// genitive reports that reading k of t starts with the preposition لـ
// (alone or fused with the article: لحلف, للناتو).
func genitive(t *token.Token, k int) bool {
	if k <= 0 || k >= len(t.Analyses) {
		return strings.HasPrefix(t.Text, "لل")
	}
	p := t.Analyses[k].Prefix
	return p == "ل" || p == "لل" || p == "لال"
}

// nameChain reads a person's name at j: known given and family names,
// compound particles (بن, أبو, عبد), and unknown words that are not stop
// words, titles, verbs or known places. It returns the end, the number of
// known name words, and whether a name was read.
func (r *run) nameChain(j int, afterTitle bool) (int, int, bool) {
	k, known, limit := j, 0, 4
	family := false
	for k < len(r.toks) && k-j < limit && r.sameSentence(j, k) && r.toks[k].Kind == token.Word {
		t := &r.toks[k]
		w := t.Text
		if k == j && r.isTitleAt(k) {
			break
		}
		// A regnal number ends a name (محمد السادس, عبد الله الثاني).
		if k > j && known == k-j && r.tc(k).self&cOrdinal != 0 {
			k++
			known++
			break
		}
		if h, ok := r.longestOf(k, personNameKinds); ok && (!h.Clitic || k == j) && (!r.stopTok(k) || (k > j || afterTitle) && r.nameSpelling(k)) {
			// فرانكلين أمين المتحف: after a name, a name that is also a
			// common noun, before a definite noun that is no name, is
			// that noun in a construct (the name's role).
			if k > j && h.End == k+1 && r.ambiguousNameHit(h) && r.word(k+1) && r.sameSentence(k, k+1) && r.definite(k+1) &&
				!r.isPersonName(k+1) && !strings.HasSuffix(r.text(k+1), "ي") {
				break
			}
			if !h.Clitic || properClitic(t, h.Reading) {
				known++
				family = onlyFamily(h)
				k = h.End
				continue
			}
		}
		// After a given name and a known family name, an unknown word
		// is no longer part of the name (جاك شيراك تناولت, عبدالسلام
		// جمعة جماهير).
		if (family || known == k-j) && k-j >= 2 && !r.lastBeforeRole(k) {
			break
		}
		if r.tc(k).self&cParticle != 0 && r.word(k+1) && r.sameSentence(k, k+1) && k-j < 5 {
			// أبو عبد الله: a known name after the particle is taken
			// whole; بن أبي طالب: a particle after a particle takes its
			// own word too.
			if nh, ok := r.longestOf(k+1, personNameKinds); ok && !nh.Clitic && nh.End > k+2 && r.sameSentence(k, nh.End-1) {
				k = nh.End
				known++
				limit = 6
				continue
			}
			// دو لا سابليير, فان دير سار: a short word after the
			// particle is a particle too.
			if (r.tc(k+1).self&cParticle != 0 || utf8.RuneCountInString(r.text(k+1)) <= 2) && r.word(k+2) && r.sameSentence(k, k+2) && !r.stopTok(k+2) {
				k++
			}
			k += 2
			known++
			limit = 6
			continue
		}
		if r.stopTok(k) || r.tc(k).self&cSpeech != 0 || r.tc(k).strip&cCommon != 0 || r.isTitleAt(k) || len(t.Analyses) == 0 || r.nameStopTok(k) {
			break
		}
		// Inside a name a word is not read as a preposition on a known
		// organisation (برينو is no "in Renault").
		if h, ok := r.entityHit(k); ok {
			if sp, good := r.gazetteerSpan(h); good && !r.bareAdjective(sp) && !(k > j && h.Clitic && sp.typ == doc.Organization && sp.entry >= 0 && !r.isOrgHead(k)) {
				// عمير بيريتس: a known person's one-word name after a
				// given name is the family name.
				if k == j+1 && known == 1 && sp.typ == doc.Person && sp.kind == doc.KindName && !h.Clitic && h.End == k+1 {
					k++
					known++
					break
				}
				break
			}
		}
		n := utf8.RuneCountInString(w)
		if n < 2 {
			break
		}
		// A family name with the article is a nisba (السوداني, الحريري)
		// or a known name; other definite words end the name.
		// After a known given name any definite word that is no common
		// word may be the family name (عبدالله المنيع); after an unknown
		// word only a nisba or a known name.
		if r.definite(k) && (k == j || !strings.HasSuffix(w, "ي") && !r.namedStem(k) && !(k == j+1 && known == 1) && !(known == k-j && r.lastBeforeRole(k))) {
			break
		}
		if r.definite(k) && (r.tc(k).self&(cStop|cChainStop) != 0 || r.commonTok(k)) {
			break
		}
		// A conjunction before an unknown word starts a new phrase.
		// An unknown first word that reads as an adverb (خصوصا, استنادا)
		// or as a preposition + article (بالوحدة, للبنى) is no name.
		if k == j && (strings.HasSuffix(w, "ا") && n >= 4 && (!afterTitle || n < 6) || articleAfterPrep(t)) {
			break
		}
		// After a title a long word with no other reading than the
		// conjunction is a name (الرئيس فرانكلين).
		// A first word that reads as a preposition on a verbal noun
		// (بحزن, لمحاولة, بارسال) or ends with an attached pronoun
		// (هويته, جلالته) is no name.
		if k == j && (prepNoun(t) || prepPhrase(t) || pronounSuffix(w)) {
			break
		}
		// Without a title, an unknown first word ending like a perfect
		// verb (هاجمت, رأيت, بدأنا) is no name.
		// Before a known name word it is a given name (وقالت أنيت براون).
		if k == j && !afterTitle && n >= 4 && (strings.HasSuffix(w, "ت") || strings.HasSuffix(w, "نا")) &&
			!(r.word(k+1) && r.sameSentence(k, k+1) && r.isPersonName(k+1) && !r.stopTok(k+1)) {
			break
		}
		if k == j && len(t.Analyses) > 1 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && !(afterTitle && len(t.Analyses) == 2 && n >= 6) &&
			!(n >= 6 && !prepNoun(t) && r.isPersonName(k+1) && r.sameSentence(k, k+1)) {
			break
		}
		// A word shaped like an imperfect verb ends a name, unless it is
		// long and follows known names only (كارلوس تيفيز, يوري تروتنيف).
		if (verbLike(w) || futureVerb(t)) && !(k == j+1 && known == 1 && n >= 5 && !strings.HasSuffix(w, "ت")) {
			break
		}
		// After a name: a verb in the plural (استنكروا), a preposition
		// with the article (بالتحدث) or with a verbal noun (بتصريح,
		// لتعزيز) starts the predicate.
		if k > j && (strings.HasSuffix(w, "وا") && n >= 5 || articleAfterPrep(t) || prepNoun(t)) {
			break
		}
		if k > j && strings.HasPrefix(w, "و") && n > 3 {
			break
		}
		if k > j && n <= 2 {
			break
		}
		if k > j && !strings.HasPrefix(w, "ال") && inflected(w) && !(k == j+1 && known == 1 && strings.HasSuffix(w, "ات")) {
			break
		}
		// After a name: an indefinite accusative (مستشارا, هجوما) or a
		// prepositional phrase (لحضور, بدوره) ends it.
		// A long word after a known given name is its surname even when
		// it reads as ل + noun (ألكسندر لوكاشنكو).
		if k > j && (strings.HasSuffix(w, "ا") && n >= 4 && !(k == j+1 && known == 1) || prepPhrase(t) && !(k == j+1 && known == 1 && n >= 7 && !pronounSuffix(w) && !strings.HasPrefix(w, "لا"))) {
			break
		}
		// An unknown word after a name that ends in ta marbuta is a noun
		// (روجه سلسلة); a known person's name ends where it ended before.
		// After a title and a given name it is the family name (العداء
		// ربيع دكانة).
		if k > j && (strings.HasSuffix(r.a.SpanOf(k, k+1).Text, "ة") && !(afterTitle && k == j+1 && known == 1 && r.bareTa(k)) &&
			!r.lastBeforeRole(k) || r.knownPerson(j, k)) {
			break
		}
		// After a name, a verbal noun of a derived form (تزايد, ارتفاع,
		// استخدام) is the object of the verb before the name, and an
		// elative (أفضل, أشهر) its predicate.
		if k > j && masdarShape(strings.TrimPrefix(w, "ال")) {
			break
		}
		if k > j && n == 4 && strings.HasPrefix(r.a.SpanOf(k, k+1).Text, "أ") && !strings.ContainsAny(w[len("ا"):], "اوي") {
			break
		}
		k++
	}
	return k, known, k > j
}

// ambiguousNameHit reports a person-name hit whose every reading is a
// name flagged ambiguous (أمين, سلام): a common word too.
func (r *run) ambiguousNameHit(h gazetteer.Hit) bool {
	any := false
	for _, v := range h.Values {
		if !isPersonNameValue(v) {
			continue
		}
		if !r.s.g.Names[v.Ref].Ambiguous {
			return false
		}
		any = true
	}
	return any
}

// nameStopTok reports a common noun or adjective of the name_stop class,
// whole or without its proclitics (مسؤول, بوقف, فوري).
func (r *run) nameStopTok(k int) bool {
	return r.stems(k, func(rd *reading) bool { return rd.eff()&(cNameStop|cCommonWord) != 0 })
}

// definite reports a word that starts with the article as written: ال
// in the matching form, not أل or إل in the text (أليكس, ألبرت).
func (r *run) definite(k int) bool {
	if !strings.HasPrefix(r.text(k), "ال") {
		return false
	}
	o := r.a.SpanOf(k, k+1).Text
	return !strings.HasPrefix(o, "أ") && !strings.HasPrefix(o, "إ") && !strings.HasPrefix(o, "آ")
}

// verbLike reports an unknown word that starts like an imperfect verb
// (يلتقي, تبحث): such words end a name.
func verbLike(w string) bool {
	if utf8.RuneCountInString(w) < 4 || !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
		return false
	}
	// تيتو, توني, يوري: a long vowel after the first letter and a final
	// vowel make a foreign name, not an imperfect verb.
	_, n := utf8.DecodeRuneInString(w)
	second, _ := utf8.DecodeRuneInString(w[n:])
	last, _ := utf8.DecodeLastRuneInString(w)
	return !((second == 'ي' || second == 'و') && (last == 'و' || last == 'ي' || last == 'ا'))
}

// articleAfterPrep reports a word read as a preposition or conjunction
// followed by the article (بالوحدة, للبنى, والشعب).
func articleAfterPrep(t *token.Token) bool {
	for k := 1; k < len(t.Analyses); k++ {
		if an := &t.Analyses[k]; an.Article && an.Prefix != "ال" {
			return true
		}
	}
	return false
}

// inflected reports an unknown word that ends like a plural or a noun with
// an attached pronoun (زيارته, المحادثات), which a name rarely does.
func inflected(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	// Not ـون or ـين: foreign surnames end so (كلينتون, بوتين).
	for _, suf := range []string{"ات", "ته", "تها", "تهم"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// personSpan builds a rule-found person over tokens [i, j).
func (r *run) personSpan(i, j int) span {
	words := r.words(i, j)
	skip := 0
	// The first word without its proclitics (وبوريس → بوريس).
	if h, ok := r.longestOf(i, personNameKinds); ok && h.Clitic {
		an := r.toks[i].Analyses[h.Reading]
		words[0] = an.Stem
		skip = utf8.RuneCountInString(an.Prefix)
	}
	sp := span{first: i, last: j, typ: doc.Person, entry: -1, kind: doc.KindName,
		keyTag: tagPER, keyWords: words, words: words, skip: skip}
	// عمير بيريتس: a name that ends in a known person's own name word
	// and starts with that person's given name is that person.
	if j-i >= 2 {
		if h, ok := r.entityHit(j - 1); ok && h.End == j && !h.Clitic {
			for _, v := range h.Values {
				if isEntityValue(v) && r.s.g.Entries[v.Ref].Type == gazetteer.Person && slices.Contains(r.s.keyWords[v.Ref], words[0]) {
					sp.entry, sp.subtype = int(v.Ref), r.s.g.Entries[v.Ref].Subtype
					break
				}
			}
		}
	}
	return sp
}

// speechName applies قال/أكد/أعلن + name.
func (r *run) speechName(i int) (int, bool) {
	if !r.stems(i, func(rd *reading) bool {
		return rd.self&cSpeech != 0 && (rd.prefix == "" || rd.prefix == "و" || rd.prefix == "ف")
	}) {
		return 0, false
	}
	j := i + 1
	if !r.word(j) || !r.sameSentence(i, j) {
		return 0, false
	}
	if _, ok := r.longestOf(j, titleKinds); ok {
		return 0, false
	}
	if h, ok := r.entityHit(j); ok {
		if sp, good := r.gazetteerSpan(h); good && !r.bareAdjective(sp) {
			return 0, false
		}
	}
	end, known, ok := r.nameChain(j, false)
	// كتب رواية: one unknown word in ta marbuta is a noun.
	if ok && known == 0 && end-j == 1 && strings.HasSuffix(r.a.SpanOf(j, j+1).Text, "ة") {
		return 0, false
	}
	if !ok || (known == 0 && end-j < 2 && (!r.saysNext(end) && !(r.boundaryNext(end) && r.bareWord(j)) || plural(r.text(j)) || r.commonTok(j))) {
		return 0, false
	}
	sp := r.personSpan(j, end)
	end = r.add(sp)
	return r.apposition(len(r.spans)-1, end), true
}

// quoteSource applies نقل عن + name + قوله: the name between عن and a
// word for "his saying" is the person quoted (نقلت الوكالة عن كينيون
// قوله).
func (r *run) quoteSource(i int) (int, bool) {
	if r.text(i) != "عن" {
		return 0, false
	}
	j, k := i+1, i+1
	for k < len(r.toks) && k < j+4 && r.word(k) && r.sameSentence(i, k) && !saysWord(r.text(k)) {
		k++
	}
	if k == j || k >= len(r.toks) || !r.sameSentence(i, k) || !saysWord(r.text(k)) || r.isTitleAt(j) {
		return 0, false
	}
	if h, ok := r.entityHit(j); ok {
		if sp, good := r.gazetteerSpan(h); good && (sp.typ != doc.Person || h.End != k) {
			return 0, false
		}
	}
	end, _, ok := r.nameChain(j, true)
	if !ok || end != k {
		return 0, false
	}
	return r.add(r.personSpan(j, end)), true
}

// saysWord reports قوله, قولها: "his (her) saying", which follows the
// name of the person quoted.
func saysWord(w string) bool { return w == "قوله" || w == "قولها" }

// givenName applies the given-name rule: a known given name starts a
// person's name; an ambiguous one (أمل, كريم) only when another name
// word follows.
func (r *run) givenName(i int) (int, bool) {
	// أبو عبد الله, أم كلثوم: a kunya particle before a given name.
	if r.tc(i).self&cParticle != 0 && r.word(i+1) && r.sameSentence(i, i+1) && !strings.HasPrefix(r.text(i), "ب") {
		if h, ok := r.longestOf(i+1, givenKinds); ok && !h.Clitic && !r.stopTok(i+1) {
			end, _, _ := r.nameChain(i, false)
			if end > h.End-1 {
				end = r.add(r.personSpan(i, max(end, h.End)))
				return r.apposition(len(r.spans)-1, end), true
			}
		}
	}
	h, ok := r.longestOf(i, givenKinds)
	if !ok || (h.Clitic && !properClitic(&r.toks[i], h.Reading)) {
		return 0, false
	}
	// A name that is also a function word (على read as علي) is not taken
	// without a title or a speech verb; one that is also a common word
	// (رفعت, نشأت, عادل) only with another known name word after it
	// (وعادل فتحي).
	ambiguous := true
	common := r.commonTok(i)
	if r.stopTok(i) {
		return 0, false
	}
	for _, v := range h.Values {
		if v.Kind == gazetteer.FormGiven && !r.s.g.Names[v.Ref].Ambiguous {
			ambiguous = false
		}
	}
	end, known, ok := r.nameChain(i, false)
	if !ok {
		return 0, false
	}
	if end-i == 1 && r.loneNotName(i) {
		return 0, false
	}
	if (ambiguous || common) && (known < 2 || end-i < 2) {
		return 0, false
	}
	// بيت القاضي, لصالح شوماخر: a common noun before a family name is
	// its construct; before a given name, or in a list, it is a name.
	if common && !(h.Clitic && r.toks[i].Analyses[h.Reading].Prefix == "و" || r.givenAt(h.End)) {
		return 0, false
	}
	// وشهد محيط: a given name behind a conjunction, followed by unknown
	// words, is more often a verb.
	if h.Clitic && known < end-i && !r.personBefore(i) {
		return 0, false
	}
	sp := r.personSpan(i, end)
	end = r.add(sp)
	return r.apposition(len(r.spans)-1, end), true
}

// properClitic reports a reading whose proclitics may precede a name
// (و, ف, ب, ل, ك and their pairs; not the article).
func properClitic(t *token.Token, k int) bool {
	return k > 0 && k < len(t.Analyses) && !t.Analyses[k].Article
}

// phraseText returns the original text of a hit without the first
// token's proclitics.
func (r *run) phraseText(h gazetteer.Hit) string {
	sp := r.a.SpanOf(h.Start, h.End)
	if !h.Clitic {
		return sp.Text
	}
	t := &r.toks[h.Start]
	an := t.Analyses[h.Reading]
	skip := utf8.RuneCountInString(an.Prefix)
	if an.Article && strings.HasSuffix(an.Prefix, "ال") {
		skip -= 2
	}
	f := r.a.FormSpan(t.Start+skip, r.toks[h.End-1].End)
	return f.Text
}

// roleText returns the original text of tokens [i, j) without the first
// token's proclitics and without parenthesised parts, joined by spaces.
func (r *run) roleText(i, j int, h gazetteer.Hit) string {
	first := r.phraseText(h)
	b := r.buf[:0]
	depth := 0
	for k := h.End; k < j; k++ {
		switch r.text(k) {
		case "(":
			depth++
			continue
		case ")":
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		if len(b) == 0 {
			b = append(b, first...)
		}
		b = append(append(b, ' '), r.a.SpanOf(k, k+1).Text...)
	}
	r.buf = b
	if len(b) == 0 {
		// One part: the text itself, not a copy.
		return first
	}
	return string(b)
}

// stopTok reports a token that is a stop word as a whole or once its
// proclitics are removed (وكان, بأن, فإن).
func (r *run) stopTok(k int) bool {
	if r.tc(k).self&cStop != 0 {
		return true
	}
	if r.stems(k, func(rd *reading) bool {
		return rd.prefix != "" && rd.eff()&cStop != 0
	}) {
		return true
	}
	// وسوف, a surname in the lexicon, is not split into و + سوف by the
	// tokenizer; as و + a function word it is the function word.
	if t := &r.toks[k]; t.Kind == token.Word && len(t.Analyses) <= 1 {
		// واين (Wayne) is no وأين: a bare alef after و may be a name's.
		if rest, ok := strings.CutPrefix(t.Text, "و"); ok && utf8.RuneCountInString(rest) >= 2 && r.s.is(rest, cStop) &&
			!strings.HasPrefix(r.a.SpanOf(k, k+1).Text, "وا") {
			return true
		}
	}
	return false
}

// knownPerson reports that tokens [i, j) end the name of a person found
// earlier in the document (روجه after بوريس روجه).
func (r *run) knownPerson(i, j int) bool {
	n := j - i
	for k := len(r.spans) - 1; k >= 0; k-- {
		sp := &r.spans[k]
		if sp.typ != doc.Person || len(sp.words) < n {
			continue
		}
		// sp's last n words are the texts of tokens [i, j) (r.words(i, j),
		// compared without building it).
		same := true
		for x, w := range sp.words[len(sp.words)-n:] {
			if w != r.toks[i+x].Text {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// nameSpelling reports that a token which folds to a function word was
// written as a name: علي (Ali) rather than على (on). Only a final ya
// tells them apart once alef maqsura is folded.
func (r *run) nameSpelling(k int) bool {
	o := r.a.SpanOf(k, k+1).Text
	return strings.HasSuffix(o, "ي") && r.s.is(strings.TrimSuffix(r.toks[k].Text, "ي")+"ي", cStop)
}

// futureVerb reports a word read as the future marker س on an imperfect
// verb (ستزور, سيلتقي).
func futureVerb(t *token.Token) bool {
	for k := 1; k < len(t.Analyses); k++ {
		if strings.HasSuffix(t.Analyses[k].Prefix, "س") && utf8.RuneCountInString(t.Analyses[k].Stem) >= 3 {
			return true
		}
	}
	return false
}

// adjectiveName reads a person's name right after a nationality
// adjective: two or more name words, or a known given name.
func (r *run) adjectiveName(j int) (int, bool) {
	if !r.word(j) || j == 0 || !r.sameSentence(j-1, j) || strings.HasPrefix(r.text(j), "ال") || r.stopTok(j) {
		return 0, false
	}
	// The adjective must stand for a person (والألماني طومي), not
	// qualify a noun before it (الحكومة السودانية مسودة).
	a := r.spans[len(r.spans)-1]
	if p := a.first - 1; p >= 0 && r.toks[p].Kind == token.Word && definiteStem(&r.toks[p]) && !r.isTitleBefore(a.first) {
		return 0, false
	}
	if h, ok := r.longestOf(j, entityKinds); ok {
		if sp, good := r.gazetteerSpan(h); good {
			if sp.typ == doc.Person && sp.kind == doc.KindName {
				return r.add(sp), true
			}
			return 0, false
		}
	}
	if h, ok := r.longestOf(j, personNameKinds); ok && h.Clitic {
		return 0, false
	}
	end, known, ok := r.nameChain(j, false)
	if !ok || (known == 0 && end-j < 2) {
		return 0, false
	}
	end = r.add(r.personSpan(j, end))
	return r.apposition(len(r.spans)-1, end), true
}

// saysNext reports what follows a speaker's name: إن/أن, a colon, a
// comma or an opening quote (قال كوبل أن …, وقالت ابراهيمي « …).
func (r *run) saysNext(k int) bool {
	if k >= len(r.toks) {
		return false
	}
	switch r.text(k) {
	case "ان", "انه", "انها", ":", "«", "\"", "،", ",":
		return true
	}
	return false
}

// boundaryNext reports a function word or punctuation after a one-word
// name (ودعا أنان خلال, وقال تريباثي للصحفيين): the name ends there.
func (r *run) boundaryNext(k int) bool {
	if k >= len(r.toks) || !r.sameSentence(k-1, k) {
		return true
	}
	t := &r.toks[k]
	if t.Kind == token.Punct {
		return true
	}
	return t.Kind == token.Word && r.tc(k).self&cStop != 0
}

// bareWord reports a word with no reading as a clitic or a suffix, not
// ending in ta marbuta or the accusative alif: the shape of a foreign
// or unknown name rather than a noun (أنان, not مشاركته, رواية, ردا).
func (r *run) bareWord(k int) bool {
	if len(r.toks[k].Analyses) != 1 || utf8.RuneCountInString(r.text(k)) < 3 {
		return false
	}
	o := r.a.SpanOf(k, k+1).Text
	return !strings.HasSuffix(o, "ة") && !strings.HasSuffix(o, "ا") && !strings.HasSuffix(o, "ً")
}

// personBefore reports a person's name ending right before token i (the
// first of "X وY").
func (r *run) personBefore(i int) bool {
	if n := len(r.spans); n > 0 {
		sp := r.spans[n-1]
		// X وY, and in a list X ، وY.
		return sp.typ == doc.Person && sp.kind == doc.KindName && (sp.last == i ||
			sp.last == i-1 && (r.text(i-1) == "،" || r.text(i-1) == ",") && r.sameSentence(sp.last, i))
	}
	return false
}

// namedStem reports a definite word whose stem is a known name (الأحمد,
// الصباح as family names).
func (r *run) namedStem(k int) bool {
	t := &r.toks[k]
	for a := 1; a < len(t.Analyses); a++ {
		if t.Analyses[a].Prefix == "ال" && t.Analyses[a].Suffix == "" {
			return r.s.is(t.Analyses[a].Stem, cNameWord)
		}
	}
	return false
}

// prepPhrase reports an unknown word read as لـ + noun, or بـ + noun +
// pronoun (لحضور, بدوره, بتغلبه).
func prepPhrase(t *token.Token) bool {
	for k := 1; k < len(t.Analyses); k++ {
		an := &t.Analyses[k]
		if an.Article {
			continue
		}
		if an.Prefix == "ل" && utf8.RuneCountInString(an.Stem) >= 3 {
			return true
		}
		if strings.HasSuffix(an.Prefix, "ب") && strings.HasPrefix(an.Suffix, "ه") {
			return true
		}
	}
	return false
}

// prepNoun reports a word read as بـ or لـ on a verbal noun of a derived
// form (بتصريح, لتعزيز, بمجهود, باستخدام): the shape of a prepositional
// phrase after a name, not of a surname.
func prepNoun(t *token.Token) bool {
	for k := 1; k < len(t.Analyses); k++ {
		an := &t.Analyses[k]
		if an.Article || an.Suffix != "" || (an.Prefix != "ب" && an.Prefix != "ل") {
			continue
		}
		st := an.Stem
		if utf8.RuneCountInString(st) >= 4 && (strings.HasPrefix(st, "ت") || strings.HasPrefix(st, "م") || strings.HasPrefix(st, "است") || strings.HasPrefix(st, "ان") || strings.HasPrefix(st, "اعت")) {
			return true
		}
	}
	return false
}

// pronounSuffix reports a word ending like a noun with an attached
// pronoun (هويته, مدتها, جلالته, رؤسائهم).
func pronounSuffix(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, suf := range []string{"ته", "تها", "تهم", "هما", "هم"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// plural reports a word ending like a sound plural (متمردون, مسؤولين).
func plural(w string) bool {
	return utf8.RuneCountInString(w) >= 5 && (strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ات"))
}

// onlyFamily reports a hit that is a family name and not a given name.
func onlyFamily(h gazetteer.Hit) bool {
	fam, given := false, false
	for _, v := range h.Values {
		fam = fam || v.Kind == gazetteer.FormFamily
		given = given || v.Kind == gazetteer.FormGiven
	}
	return fam && !given
}

// familyName takes a known family name standing alone (بوش, شيراك) as a
// person when it is no given name, no common or function word and not
// flagged ambiguous.
func (r *run) familyName(i int) (int, bool) {
	h, ok := r.longestOf(i, personNameKinds)
	if !ok || h.End != i+1 || (h.Clitic && !properClitic(&r.toks[i], h.Reading)) || !onlyFamily(h) {
		return 0, false
	}
	for _, v := range h.Values {
		if isPersonNameValue(v) && r.s.g.Names[v.Ref].Ambiguous || isEntityValue(v) || isTitleValue(v) {
			return 0, false
		}
	}
	w := r.text(i)
	if h.Clitic {
		w = r.toks[i].Analyses[h.Reading].Stem
	}
	if utf8.RuneCountInString(w) < 3 || strings.HasPrefix(w, "ال") || r.stopTok(i) || r.commonTok(i) || r.s.is(w, cCommon) || r.isTitleAt(i) {
		return 0, false
	}
	// Alone, a word in ـة or ـا is more often a noun or an adverb
	// (قوة, ولادة, حاليا) than a surname.
	if o := r.a.SpanOf(i, i+1).Text; strings.HasSuffix(o, "ة") || strings.HasSuffix(w, "ا") || verbLike(w) {
		return 0, false
	}
	first := i
	if r.foreignGiven(i - 1) {
		// دونكان هانتر, فلوريان ماير: an unknown word of a name's shape
		// right before a known surname is the given name.
		first = i - 1
	}
	end := i + 1
	if first == i {
		// لورانس أوليفيه: a name that is a family name here may start
		// the name as well.
		if e, _, ok := r.nameChain(i, false); ok && e > end {
			end = e
		}
	}
	return r.add(r.personSpan(first, end)), true
}

// foreignGiven reports an unknown word at k that may be the given name
// before a known surname: a bare word (no clitic or suffix reading, no
// ta marbuta or accusative ending) that is no function word, common
// word, title, verb or gazetteer name, and is not inside a mention.
func (r *run) foreignGiven(k int) bool {
	if k < 0 || !r.word(k) || !r.sameSentence(k, k+1) || !r.bareWord(k) || len(r.hitsAt(k)) > 0 {
		return false
	}
	if n := len(r.spans); n > 0 && r.spans[n-1].last > k {
		return false
	}
	w := r.text(k)
	if strings.HasPrefix(w, "ال") || r.stopTok(k) || r.commonTok(k) || r.nameStopTok(k) || r.tc(k).self&(cCommon|cSpeech|cParticle) != 0 || verbLike(w) || utf8.RuneCountInString(w) < 4 || plural(w) || inflected(w) {
		return false
	}
	// A word after a speech verb or a title is the name's start (قال
	// هانتر is one word); one after a noun-like word may be anything.
	return k == 0 || !r.word(k-1) || r.isTitleBefore(k) || r.toks[k-1].Kind != token.Word ||
		r.stems(k-1, func(rd *reading) bool { return rd.self&cStop != 0 })
}

// bareAdjective reports a one-word nisba without the article (كوفي):
// right after a verb or inside a name it is a name (Kofi), not an
// adjective.
func (r *run) bareAdjective(sp span) bool {
	return sp.kind == doc.KindAdjective && sp.last-sp.first == 1 && !definiteStem(&r.toks[sp.first])
}

// masdarShape reports a word shaped like the verbal noun of a derived
// verb: تفاعل (تزايد), تفعيل (تطوير), افتعال (ارتفاع), انفعال
// (انسحاب), استفعال (استخدام), إفعال (إطلاق). Unknown names seldom take
// these shapes; known ones are read before the shape is asked.
func masdarShape(w string) bool {
	var rs [8]rune
	n := 0
	for _, c := range w {
		if n == len(rs) {
			return false
		}
		rs[n] = c
		n++
	}
	// تيري, توريه: a final vowel or ha makes a foreign name.
	if n == 0 || strings.ContainsRune("اويهى", rs[n-1]) {
		return false
	}
	switch n {
	case 5:
		return rs[0] == 'ت' && (rs[2] == 'ا' || rs[3] == 'ي') || rs[0] == 'ا' && rs[3] == 'ا'
	case 6:
		return rs[0] == 'ا' && rs[4] == 'ا' && (rs[2] == 'ت' || rs[1] == 'ن')
	case 7:
		return rs[0] == 'ا' && rs[1] == 'س' && rs[2] == 'ت' && rs[5] == 'ا'
	}
	return false
}

// loneNotName reports a given name standing alone at i that the context
// or its shape reads as another word: after لا (لا سيما), a function
// word with an attached pronoun (إني, لأني), or a noun before an
// indefinite adjective (أدوات دين أخرى).
func (r *run) loneNotName(i int) bool {
	if i > 0 && r.sameSentence(i-1, i) && (r.text(i-1) == "لا" || r.text(i-1) == "ولا") {
		return true
	}
	for _, an := range r.toks[i].Analyses[1:] {
		if an.Suffix != "" && r.s.is(an.Stem, cStop) {
			return true
		}
	}
	return r.indefiniteAdjAfter(i)
}

// indefiniteAdjAfter reports an indefinite adjective after the word at
// i (سندات دين أوروبية, أدوات دين أخرى): it agrees with a common noun; a
// name is definite and takes none.
func (r *run) indefiniteAdjAfter(i int) bool {
	n := i + 1
	if !r.word(n) || !r.sameSentence(i, n) || strings.HasPrefix(r.text(i), "ال") {
		return false
	}
	w := r.text(n)
	return !strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4 && (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي") && r.adjectiveHit(n) || w == "اخري")
}

// adjectiveHit reports a nisba of a place at k, read whole.
func (r *run) adjectiveHit(k int) bool {
	h, ok := r.longestOf(k, adjectiveKinds)
	return ok && !h.Clitic
}

// givenAt reports a given name at k, read without proclitics.
func (r *run) givenAt(k int) bool {
	h, ok := r.longestOf(k, givenKinds)
	return ok && !h.Clitic
}

// bareTa reports a word in ta marbuta with no reading as a clitic or a
// suffix (دكانة, not جولته).
func (r *run) bareTa(k int) bool {
	return len(r.toks[k].Analyses) <= 2 && !strings.HasSuffix(r.text(k), "ته") && !masdarShape(r.text(k))
}

// lastBeforeRole reports an unknown word at k right before a role in
// apposition (خالد عليوة الرئيس المدير العام, محمد ماجد العيطان مدير
// الأمن العام): the role closes the name, so the word is its last.
func (r *run) lastBeforeRole(k int) bool {
	if !r.word(k+1) || !r.sameSentence(k, k+1) || len(r.hitsAt(k)) > 0 || r.stopTok(k) || r.commonTok(k) || r.nameStopTok(k) ||
		r.tc(k).self&(cCommon|cSpeech) != 0 || r.tc(k).strip&cCommon != 0 || len(r.toks[k].Analyses) > 2 || masdarShape(strings.TrimPrefix(r.text(k), "ال")) {
		return false
	}
	// ملاحقة, مساعدة: a verbal noun of the shape مفاعلة takes the role as
	// its object.
	if rs := []rune(r.text(k)); len(rs) == 6 && rs[0] == 'م' && rs[2] == 'ا' {
		return false
	}
	h, ok := r.longestOf(k+1, roleKinds)
	return ok && !h.Clitic
}

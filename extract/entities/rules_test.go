package entities_test

import (
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
)

// TestRules names one case per rule: a mention text that must (or must
// not) come out with a type, a kb_id or an attribute.
func TestRules(t *testing.T) {
	p := pipeline(t)
	cases := []struct {
		name, text string
		mention    string // the mention text to look for
		typ, kbID  string // "" typ: the mention must not exist
		kind       string
		attr       string // key=value the entity must carry
	}{
		{"Oman by its country", "استقبل سلطان عمان في مسقط وزير الخارجية.", "عمان", doc.Location, "loc:OM", doc.KindName, ""},
		{"Amman by its country", "افتتح الوزير الأردني في العاصمة الأردنية عمان مؤتمرا عن المياه في الأردن.", "عمان", doc.Location, "loc:amman", doc.KindName, ""},
		{"Nissan the company", "أعلنت شركة نيسان عن طراز جديد.", "نيسان", doc.Organization, "org:nissan", doc.KindName, ""},
		{"Nissan the month", "تنطلق الدورة في 15 نيسان 2026 في الدوحة.", "نيسان", "", "", "", ""},
		{"Amal the word", "يحدونا أمل كبير في نجاح المفاوضات.", "أمل", "", "", "", ""},
		{"title before an unknown name", "وصل السفير كارلوس منديث إلى الرباط.", "كارلوس منديث", doc.Person, "", doc.KindName, "title=السفير"},
		{"speech verb before a name", "وقال خالد الفارسي إن الاتفاق نهائي.", "خالد الفارسي", doc.Person, "", doc.KindName, ""},
		{"role with its destination", "قال المبعوث الأممي إلى ليبيا توماس بيرغ إن الحوار مستمر.", "توماس بيرغ", doc.Person, "", doc.KindName, "role=المبعوث الأممي إلى ليبيا"},
		{"role with its post", "قالت السفيرة البريطانية لدى الأمم المتحدة سارة وود إن المجلس سيجتمع.", "سارة وود", doc.Person, "", doc.KindName, "role=السفيرة البريطانية لدى الأمم المتحدة"},
		{"role in apposition", "التقى بيتر هولمان، المدير العام لمنظمة الصحة العالمية، بالوفد.", "بيتر هولمان", doc.Person, "", doc.KindName, "role=المدير العام لمنظمة الصحة العالمية"},
		{"org head noun with genitive chain", "أصدرت وزارة الزراعة الكينية بيانا.", "وزارة الزراعة الكينية", doc.Organization, "", doc.KindName, ""},
		{"acronym in parentheses binds the organisation", "شارك مركز جنيف للسياسات الأمنية (GCSP) في الندوة.", "GCSP", doc.Organization, "org:gcsp", doc.KindName, ""},
		{"place head before an unknown place", "وقع الانفجار في مدينة زرهون القديمة.", "زرهون", doc.Location, "", doc.KindName, ""},
		{"nationality adjective", "رحبت الأوساط السويسرية بالاتفاق.", "السويسرية", doc.Location, "loc:CH", doc.KindAdjective, ""},
		{"nominal only after the name", "قال الحلف إن الاجتماع انتهى.", "الحلف", "", "", "", ""},
		{"proclitics left out of the mention", "وصل الوفد بالأمس إلى بيروت وبغداد.", "بغداد", doc.Location, "loc:baghdad", doc.KindName, ""},
		{"quoted name after a head noun", "ذكرت صحيفة « الأفق الجديد » أن الاجتماع تأجل.", "الأفق الجديد", doc.Organization, "", doc.KindName, ""},
		{"city that plays is its club", "وفي الدوري الأوروبي حقق الفريق فوزا ثمينا على هامبورغ الألماني في المباراة.", "هامبورغ", doc.Organization, "", doc.KindName, ""},
		{"city in a results table is its club", "نتائج مباريات الدوري : ليون ( فرنسا ) - هامبورغ ( ألمانيا ) 2 - 1 .", "هامبورغ", doc.Organization, "", doc.KindName, ""},
		{"city outside sport stays a place", "وصل الوزير إلى هامبورغ الألمانية أمس.", "هامبورغ", doc.Location, "loc:hamburg", doc.KindName, ""},
		{"verbal noun after a name is no surname", "وتوقع فارس تزايد الطلب على الطاقة.", "فارس", doc.Person, "", doc.KindName, ""},
		{"verbal noun after a name is not in it", "وتوقع فارس تزايد الطلب على الطاقة.", "فارس تزايد", "", "", "", ""},
		{"given name after la is no name", "تراجعت الهدنة لا سيما ان القصف استمر.", "سيما", "", "", "", ""},
		{"function word with a pronoun is no name", "واعتذرت للجمهور لأني مرغمة على ذلك .", "لأني", "", "", "", ""},
		{"descriptor head before a known medium", "وقالت قناة الجزيرة إن الوفد وصل.", "الجزيرة", doc.Organization, "org:al-jazeera", doc.KindName, ""},
		{"descriptor head before a proper name", "ونقلت صحيفة الوسيط عن مصدر رسمي أن الاجتماع تأجل.", "الوسيط", doc.Organization, "", doc.KindName, ""},
		{"surname after a conjunction that folds to a given name", "وأضاف البيان أن أولمرت أبلغ الوزراء بقراره.", "أولمرت", doc.Person, "per:ehud-olmert", doc.KindName, ""},
		{"indefinite nisba after a noun is no surname", "وصل وفد عربي إلى بغداد أمس.", "عربي", "", "", "", ""},
		{"long surname read as li + noun", "والتقى الوزير مع ألكسندر لوكاشنكو في مينسك.", "ألكسندر لوكاشنكو", doc.Person, "", doc.KindName, ""},
		{"quoted title names the newspaper", "وقال الوزير لـ « الشرق الأوسط » إن الاتفاق قريب.", "الشرق الأوسط", doc.Organization, "org:asharq-al-awsat", doc.KindName, ""},
		{"family name that starts a name", "وقد تقدم على الممثلين لورانس أوليفيه وآخرين.", "لورانس أوليفيه", doc.Person, "", doc.KindName, ""},
		{"definite place head takes no unknown name", "وتجول الوفد في المدينة العتيقة أمس.", "العتيقة", "", "", "", ""},
		{"place head before a common noun", "وقع الخطأ داخل منطقة الجزاء في الدقيقة الأخيرة.", "الجزاء", "", "", "", ""},
		{"place head before its adjective", "وأقام الجيش منطقة عازلة على الحدود.", "عازلة", "", "", "", ""},
		{"role with a coordinated portfolio", "وقال وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي إن الحوار مستمر.", "أيمن الصفدي", doc.Person, "per:ayman-safadi", doc.KindName, "role=وزير الخارجية وشؤون المغتربين الأردني"},
		{"role serving a title in the genitive", "وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ إن الهدنة صامدة.", "هانس غروندبرغ", doc.Person, "per:hans-grundberg", doc.KindName, "role=المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"},
		{"conjunction on a function word is no surname", "وأكدت إسرائيل أنها تجري تحقيقا وسوف تطلع الأمم المتحدة على نتائجه.", "وسوف", "", "", "", ""},
		{"known name after a team word is the club", "وعن فريق الجزيرة قال المدرب إن المباراة صعبة.", "الجزيرة", doc.Organization, "", doc.KindName, ""},
		{"second part of a compound name is no surname alone", "واعتنق الدين الإسلامي قبل سنوات.", "الدين", "", "", "", ""},
		{"name that is a common noun before a definite noun ends the name", "وقال ماركوس هولت أمين المكتبة إن المخطوطات رقمت.", "ماركوس هولت", doc.Person, "", doc.KindName, ""},
		{"name that is a common noun before a definite noun is not in it", "وقال ماركوس هولت أمين المكتبة إن المخطوطات رقمت.", "ماركوس هولت أمين", "", "", "", ""},
		{"given name ending like a verb before a known surname", "وقالت بريجيت سميث إن الحفل تأجل.", "بريجيت سميث", doc.Person, "", doc.KindName, ""},
		{"surname that is a common word is no name alone", "وقد زاد إنتاج المصنع هذا العام.", "زاد", "", "", "", ""},
		{"surname that is a common word names with the rest", "وأكد زلماي خليل زاد أن المحادثات مستمرة.", "زلماي خليل زاد", doc.Person, "per:zalmay-khalilzad", doc.KindName, ""},
		{"dateline source is an organisation", "المنامة - الوسط : افتتح وزير الصحة مستشفى جديدا.", "الوسط", doc.Organization, "", doc.KindName, ""},
		{"dateline place stays a place", "المنامة - الوسط : افتتح وزير الصحة مستشفى جديدا.", "المنامة", doc.Location, "loc:manama", doc.KindName, ""},
		{"dash inside a sentence makes no dateline", "وتراجع المؤشر - الأسبوع الماضي - بنسبة طفيفة.", "الأسبوع الماضي", "", "", "", ""},
		{"quoted source between an and qawlahu", "ونقلت الإذاعة عن هولمبرغ قوله إن الفريق جاهز.", "هولمبرغ", doc.Person, "", doc.KindName, ""},
		{"organisation quoted between an and qawlaha is no person", "ونقلت الإذاعة عن الوزارة قولها إن الطريق مفتوح.", "الوزارة", "", "", "", ""},
		{"own surname after a short name of a known person", "والتقى الشيخ صباح الأحمد الصباح بالوفد.", "صباح الأحمد الصباح", doc.Person, "per:sabah-al-ahmad", doc.KindName, ""},
		{"ambiguous place after a compass word", "وتقع البلدة شمال شرق الكونغو قرب الحدود.", "الكونغو", doc.Location, "loc:CG", doc.KindName, ""},
		{"ambiguous place joined to the place before it", "وكانت القوافل تسير من العراق للشام كل صيف.", "للشام", doc.Location, "loc:levant", doc.KindName, ""},
		{"former after a role's genitive belongs to the role", "وقال وزير خارجية النرويج السابق ينس هولم إن المفاوضات ستستأنف.", "ينس هولم", doc.Person, "", doc.KindName, "role=وزير خارجية النرويج السابق"},
		{"club name after tamma is the verbal noun", "وقال المدرب إنه تم الاتفاق على موعد المباراة المقبلة.", "الاتفاق", "", "", "", ""},
		{"a region's adjective stays in an organisation's name", "واجتمع وزراء مجلس التعاون الخليجي في الرياض.", "مجلس التعاون الخليجي", doc.Organization, "org:gcc", doc.KindName, ""},
		{"banks is no preposition on Nuuk", "وتوسعت بنوك المنطقة في الإقراض.", "نوك", "", "", "", ""},
		{"ka of comparison before a name is no clitic", "وقال كلاوس فيبر إن الموسم انتهى.", "لاوس", "", "", "", ""},
		{"compound surname names its person", "وقال الحمد الله إن الحكومة مستمرة في عملها.", "الحمد الله", doc.Person, "per:rami-hamdallah", doc.KindName, ""},
		{"a place's long name needs no context", "وقال إن دول الخليج تواجه تحديات اقتصادية.", "دول الخليج", doc.Location, "loc:gulf-region", doc.KindName, ""},
		{"a seat of government that speaks is the government", "وأعلن البيت الأبيض أن الرئيس سيسافر غدا.", "البيت الأبيض", doc.Organization, "org:white-house", doc.KindName, ""},
		{"a seat of government after a place preposition is the building", "وعقد الاجتماع في البيت الأبيض أمس.", "البيت الأبيض", doc.Location, "loc:white-house", doc.KindName, ""},
		{"unknown name after a team word is the club", "وحقق الفريق فوزه على مضيفه إسبانيول في الدوري.", "إسبانيول", doc.Organization, "", doc.KindName, ""},
		{"adjective after a team word is no club", "وقال المدرب إن المباراة أمام فريق كبير.", "كبير", "", "", "", ""},
		{"elative after a name is no surname", "لكن حكاية الشاعر أوفيد أشهر من غيرها.", "أوفيد", doc.Person, "", doc.KindName, ""},
		{"common given name in a list of names", "وخرج من القائمة أحمد البكري وعادل فتحي.", "عادل فتحي", doc.Person, "", doc.KindName, ""},
		{"foreign name with two particles", "ودعا مندوب فرنسا جان مارك دو لا سابليير مجلس الأمن إلى الانعقاد.", "جان مارك دو لا سابليير", doc.Person, "", doc.KindName, ""},
		{"family name in ta marbuta after a title", "واكتفى العداء المغربي ربيع دكانة بالمرتبة الخامسة.", "ربيع دكانة", doc.Person, "", doc.KindName, ""},
		{"family name closed by a role in apposition", "وحضر اللقاء محمد ماجد العيطان مدير الأمن العام.", "محمد ماجد العيطان", doc.Person, "", doc.KindName, ""},
		{"noun with an indefinite adjective is no surname", "وتشمل الخطة إصدار سندات دين أوروبية متوسطة الأجل.", "دين", "", "", "", ""},
		{"name after a venue word names the venue", "ويلتقي الفريقان الأحد المقبل على ملعب سانتياغو برنابيو في مدريد.", "سانتياغو برنابيو", "", "", "", ""},
		{"a score makes a results line a sports story", "سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك ) 1 - صفر .", "كوبنهاغن", doc.Organization, "", doc.KindName, ""},
		{"given name before a known person's name links to the person", "وكان وزير الدفاع عمير بيريتس قد أعلن الانسحاب.", "عمير بيريتس", doc.Person, "per:amir-peretz", doc.KindName, ""},
		{"a body of a known organisation names the organisation", "ووصلت بعثة الأمم المتحدة إلى بيروت أمس.", "الأمم المتحدة", doc.Organization, "org:un", doc.KindName, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := p.Extract(extract.Input{Text: c.text})
			var got *doc.Entity
			var kind string
			for i := range d.Entities {
				for _, m := range d.Entities[i].Mentions {
					if m.Text == c.mention {
						got, kind = &d.Entities[i], m.Kind
					}
				}
			}
			if c.typ == "" {
				if got != nil {
					t.Errorf("%q found as %s %s", c.mention, got.Type, got.KBID)
				}
				return
			}
			if got == nil {
				t.Fatalf("%q not found; entities: %+v", c.mention, d.Entities)
			}
			if got.Type != c.typ || got.KBID != c.kbID || kind != c.kind {
				t.Errorf("%q: %s %q %s, want %s %q %s", c.mention, got.Type, got.KBID, kind, c.typ, c.kbID, c.kind)
			}
			if c.attr != "" {
				k, v, _ := strings.Cut(c.attr, "=")
				if got.Attributes[k] != v {
					t.Errorf("%q: attribute %s = %q, want %q", c.mention, k, got.Attributes[k], v)
				}
			}
		})
	}
}

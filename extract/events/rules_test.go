package events_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/events"
)

// rulesAnn annotates the sentences of TestRules.
const rulesAnn = `PERSON		إيمانويل ماكرون	إيمانويل ماكرون|ماكرون
PERSON		جوزيف عون	جوزيف عون
PERSON		كير ستارمر	كير ستارمر
LOCATION	city	بيروت	بيروت
LOCATION	city	دمشق	دمشق
LOCATION	country	فرنسا	فرنسا	adjective=الفرنسي
ORGANIZATION	news	وكالة الأنباء الفرنسية	وكالة الأنباء الفرنسية
ORGANIZATION	international	الاتحاد الأوروبي	الاتحاد الأوروبي
DATE	2025-10-20	يوم 20 أكتوبر 2025
DATE	2025-11-03	يوم 3 نوفمبر 2025
`

// TestRules holds one rule of the stage per case: clitics on triggers,
// tenses, modality, arguments, and what is no event.
func TestRules(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"past verb, VSO, place object", "زار الرئيس الفرنسي إيمانويل ماكرون بيروت يوم 20 أكتوبر 2025.",
			[]string{"v1 VISIT «زار» asserted | agent=إيمانويل ماكرون | place=بيروت | time=2025-10-20"}},
		{"conjunction clitic", "وزار ماكرون دمشق.", []string{"v1 VISIT «وزار» asserted | agent=إيمانويل ماكرون | place=دمشق"}},
		{"light verb and بـ", "قام ماكرون بزيارة إلى بيروت.", []string{"v1 VISIT «بزيارة» asserted | agent=إيمانويل ماكرون | place=بيروت"}},
		{"future سـ", "سيزور ماكرون دمشق يوم 3 نوفمبر 2025.", []string{"v1 VISIT «سيزور» planned | agent=إيمانويل ماكرون | place=دمشق | time=2025-11-03"}},
		{"من المقرر أن", "ومن المقرر أن يلتقي ماكرون بالرئيس جوزيف عون.", []string{"v1 MEETING «يلتقي» planned | agent=إيمانويل ماكرون | participant=جوزيف عون"}},
		{"negated لم", "ولم يزر ماكرون دمشق.", []string{"v1 VISIT «يزر» negated | agent=إيمانويل ماكرون | place=دمشق"}},
		{"negated لن", "لن يلتقي ماكرون جوزيف عون.", []string{"v1 MEETING «يلتقي» negated | agent=إيمانويل ماكرون | participant=جوزيف عون"}},
		{"future date is planned", "يلتقي ماكرون جوزيف عون يوم 3 نوفمبر 2025.", []string{"v1 MEETING «يلتقي» planned | agent=إيمانويل ماكرون | participant=جوزيف عون | time=2025-11-03"}},
		{"reported", "نقلت وكالة الأنباء الفرنسية أن الشرطة اعتقلت عشرات المحتجين في بيروت.",
			[]string{"v1 ARREST «اعتقلت» reported | agent=«الشرطة» | target=«عشرات المحتجين» | place=بيروت"}},
		{"object pronoun on the trigger", "التقاهم ماكرون في بيروت.", []string{"v1 MEETING «التقاهم» asserted | agent=إيمانويل ماكرون | place=بيروت"}},
		{"participants after مع joined by و", "اجتمع ماكرون مع جوزيف عون وكير ستارمر في بيروت.",
			[]string{"v1 MEETING «اجتمع» asserted | agent=إيمانويل ماكرون | participant=جوزيف عون | participant=كير ستارمر | place=بيروت"}},
		{"text participant", "عقد ماكرون اجتماعا مع الممثلين الدائمين للدول الأعضاء في بيروت.",
			[]string{"v1 MEETING «اجتماعا» asserted | agent=إيمانويل ماكرون | participant=«الممثلين الدائمين للدول الأعضاء» | place=بيروت"}},
		{"multiword with gap", "ألقى ماكرون كلمة في بيروت.", []string{"v1 SPEECH «كلمة» asserted | agent=إيمانويل ماكرون | place=بيروت"}},
		{"abstract noun is no event", "أكد الاتحاد الأوروبي أهمية الحوار ودعم الحوار السياسي.", []string{"v1 STATEMENT «أكد» asserted | agent=الاتحاد الأوروبي"}},
		{"bare noun without context is no event", "الحوار ضروري.", nil},
		{"ceasefire is no attack", "دعا الاتحاد الأوروبي إلى وقف فوري لإطلاق النار.", []string{"v1 APPEAL «دعا» asserted | agent=الاتحاد الأوروبي"}},
		{"وقع without agreement is no signing", "وقع انفجار في بيروت.", []string{"v1 ASSAULT «انفجار» asserted | place=بيروت"}},
		{"dropped subject takes the current agent", "زار ماكرون بيروت. ثم التقى بالرئيس جوزيف عون.",
			[]string{"v1 VISIT «زار» asserted | agent=إيمانويل ماكرون | place=بيروت", "v2 MEETING «التقى» asserted | agent=إيمانويل ماكرون | participant=جوزيف عون | place=بيروت"}},
		{"anaphor is no new event", "زار ماكرون بيروت يوم 20 أكتوبر 2025. وتعد هذه الزيارة الأولى.",
			[]string{"v1 VISIT «زار» asserted | agent=إيمانويل ماكرون | place=بيروت | time=2025-10-20"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := annotated(tc.text, rulesAnn, testRef)
			if err != nil {
				t.Fatal(err)
			}
			events.New().Process(a)
			if got := summary(a.Doc); !slices.Equal(got, tc.want) {
				t.Errorf("%s\n got: %s\nwant: %s", tc.text, strings.Join(got, "\n      "), strings.Join(tc.want, "\n      "))
			}
			for _, b := range checkDoc(a.Doc, tc.text) {
				t.Error(b)
			}
		})
	}
}

// TestOwnSide: an agent's own organisation (its affiliation) is no
// participant of its meetings.
func TestOwnSide(t *testing.T) {
	txt := "عقد السفير بوريس روجه اجتماعات تناولت التعاون بين الناتو والمنظمات الدولية."
	ann := "PERSON\t\tبوريس روجه\tبوريس روجه\nORGANIZATION\tinternational\tحلف شمال الأطلسي\tالناتو\n"
	a, err := annotated(txt, ann, testRef)
	if err != nil {
		t.Fatal(err)
	}
	a.Doc.Entities[0].Attributes = map[string]string{"affiliation": "حلف شمال الأطلسي"}
	events.New().Process(a)
	want := []string{"v1 MEETING «اجتماعات» asserted | agent=بوريس روجه | participant=«المنظمات الدولية»"}
	if got := summary(a.Doc); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestDescribedNoun: a light verb with a pronoun after an event noun
// gives its agent (مظاهرة شارك فيها آلاف المواطنين).
func TestDescribedNoun(t *testing.T) {
	txt := "شهدت بيروت يوم 20 أكتوبر 2025 مظاهرة شارك فيها آلاف المواطنين."
	a, err := annotated(txt, rulesAnn, testRef)
	if err != nil {
		t.Fatal(err)
	}
	events.New().Process(a)
	want := []string{"v1 PROTEST «مظاهرة» asserted | agent=«آلاف المواطنين» | place=بيروت | time=2025-10-20"}
	if got := summary(a.Doc); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

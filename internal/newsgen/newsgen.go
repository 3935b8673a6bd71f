// Package newsgen generates Arabic news-style articles from templates the
// newsx developers wrote, for benchmarks and batch tests: deterministic for
// a seed, varied in names, places, organisations, dates and event types,
// so every stage of the pipeline has real work to do.
package newsgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	titles = []string{"السفير", "الوزير", "الرئيس", "الدكتور", "الشيخ", "اللواء", "المبعوث الخاص", "رئيس الوزراء"}
	people = []string{"أحمد الخطيب", "سامي العلي", "ليلى حداد", "كريم منصور", "يوسف الشامي", "هانس مولر",
		"ماريا لوبيز", "جون سميث", "فاطمة الزهراء بنعلي", "عمر الفاروق", "نادية السويدي", "بيتر كلارك"}
	places = []string{"جنيف", "القاهرة", "الرياض", "عمّان", "بيروت", "بغداد", "الرباط", "تونس", "الجزائر",
		"الدوحة", "أبوظبي", "مسقط", "الكويت", "دمشق", "نيويورك", "بروكسل", "باريس", "لندن", "موسكو", "أنقرة"}
	orgs = []string{"الأمم المتحدة", "حلف شمال الأطلسي (الناتو)", "الاتحاد الأوروبي", "جامعة الدول العربية",
		"اللجنة الدولية للصليب الأحمر", "منظمة الصحة العالمية", "صندوق النقد الدولي", "الاتحاد الأفريقي",
		"مجلس التعاون لدول الخليج العربية", "منظمة التعاون الإسلامي"}
	adjectives = []string{"السويسرية", "المصرية", "السعودية", "الأردنية", "اللبنانية", "العراقية", "المغربية",
		"التونسية", "الجزائرية", "القطرية", "الإماراتية", "العمانية", "الكويتية", "السورية", "الأمريكية"}
	months = []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
		"أكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
		"آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
	relDates = []string{"أمس", "اليوم", "صباح اليوم", "الأسبوع الماضي", "الشهر الماضي", "يوم الأحد",
		"مساء الخميس", "منذ 3 ساعات", "قبل يومين", "الأسبوع المقبل"}
	topics = []string{"سبل تعزيز التعاون الثنائي", "تطورات الأوضاع الإقليمية", "ملف الطاقة والاستثمار",
		"جهود التهدئة ووقف إطلاق النار", "قضايا الأمن الغذائي", "إصلاح المنظومة الصحية", "مكافحة الإرهاب",
		"التغير المناخي والتنمية المستدامة"}
)

// sentence templates: %[1]s person, %[2]s title, %[3]s place, %[4]s org,
// %[5]s adjective, %[6]s date phrase, %[7]s relative date, %[8]s topic,
// %[9]s second person, %[10]s second place.
var templates = []string{
	"قام %[2]s %[1]s بزيارة رسمية إلى مدينة %[3]s %[5]s يومي %[6]s، التقى خلالها مسؤولين من %[4]s.",
	"وأكد %[1]s في تصريح للصحفيين %[7]s أن المحادثات تناولت %[8]s.",
	"واستقبل %[2]s %[9]s في %[10]s %[7]s وفدا من %[4]s لبحث %[8]s.",
	"وعقد %[1]s اجتماعا مع ممثلي الدول الأعضاء في %[4]s بمقر المنظمة في %[3]s.",
	"وألقى %[2]s %[1]s كلمة رئيسية أمام مؤتمر دولي في %[10]s تناول فيها %[8]s.",
	"ودعا %[4]s في بيان صدر %[7]s إلى ضبط النفس وتغليب الحوار السياسي.",
	"وأدان %[9]s بشدة الهجوم الذي استهدف موقعا في شمال %[3]s وأسفر عن سقوط ضحايا.",
	"ومن المقرر أن تستضيف %[10]s قمة إقليمية في %[6]s بمشاركة قادة الدول الأعضاء في %[4]s.",
	"وشهدت شوارع %[3]s مظاهرة حاشدة للمطالبة بتحسين الأوضاع المعيشية.",
	"ووقع الجانبان مذكرة تفاهم في مجال %[8]s خلال زيارة %[1]s إلى %[10]s.",
	"وقال %[2]s %[9]s إن بلاده ستواصل جهودها لدعم %[8]s، مشيرا إلى أن الجولة المقبلة من المفاوضات ستعقد في %[3]s.",
	"ولم يزر %[1]s %[10]s منذ %[6]s بسبب الخلافات بين الجانبين.",
}

// Article returns a deterministic article for seed: a headline and a few
// paragraphs of three to five sentences.
func Article(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	var b strings.Builder
	p := pick(places)
	fmt.Fprintf(&b, "%s %s يبحث في %s %s\n\n", pick(titles), pick(people), p, pick(topics))
	paras := 2 + r.IntN(3)
	for i := 0; i < paras; i++ {
		n := 3 + r.IntN(3)
		for j := 0; j < n; j++ {
			day := 1 + r.IntN(27)
			date := fmt.Sprintf("%d و%d من %s %d", day, day+1, pick(months), 2020+r.IntN(7))
			fmt.Fprintf(&b, pick(templates)+" ", pick(people), pick(titles), p, pick(orgs), pick(adjectives),
				date, pick(relDates), pick(topics), pick(people), pick(places))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// Corpus returns articles from seed 0 on, joined by blank lines, until the
// text is at least n bytes long.
func Corpus(n int) string {
	var b strings.Builder
	for i := uint64(0); b.Len() < n; i++ {
		b.WriteString(Article(i))
	}
	return b.String()
}

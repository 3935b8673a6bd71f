package extract

import "testing"

func TestDetectLanguage(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"arabic", "زار الأمين العام جنيف يوم الخميس.", "ar"},
		{"arabic with Latin acronyms", "شارك السفير في المحادثات مع اللجنة الدولية للصليب الأحمر (ICRC) ومركز جنيف للسياسات الأمنية (GCSP) وحلف الناتو NATO.", "ar"},
		{"english", "NATO's Assistant Secretary General visited Geneva on 23–24 October.", "en"},
		{"english headline", "Ruge meets ICRC in Geneva", "en"},
		{"short english", "The talks ended.", "en"},
		{"french", "Le secrétaire général adjoint de l'OTAN est en visite à Genève pour des entretiens avec le CICR.", "und"},
		{"spanish", "El secretario general adjunto de la OTAN visitó Ginebra y se reunió con los representantes.", "und"},
		{"persian", "دبیرکل ناتو برای گفتگو با کمیته بین‌المللی صلیب سرخ به ژنو رفت و پس از آن چند دیدار داشت.", "und"},
		{"russian", "Помощник генерального секретаря НАТО посетил Женеву.", "und"},
		{"empty", "   ", "und"},
		{"digits only", "2025 10 26", "und"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := DetectLanguage(c.text); got != c.want {
				t.Errorf("DetectLanguage(%q) = %s, want %s", c.text, got, c.want)
			}
		})
	}
}

package entities

import (
	"testing"

	"github.com/newsx/newsx/gazetteer"
)

func BenchmarkZZNew(b *testing.B) {
	g, _ := gazetteer.Default()
	g.Matcher().Vocabulary()
	g.Class("stop")
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			New(g)
		}
	})
	b.Run("ref", func(b *testing.B) {
		for b.Loop() {
			referenceNew(g)
		}
	})
}

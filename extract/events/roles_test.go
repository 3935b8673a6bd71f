package events

import "testing"

// TestRoleRank holds roleRank, which output sorts the arguments by, to
// roleOrder.
func TestRoleRank(t *testing.T) {
	for i, r := range roleOrder {
		if got := roleRank(r); got != i {
			t.Errorf("roleRank(%q) = %d, want %d", r, got, i)
		}
	}
	for _, r := range []string{"", "agents", "Agent", "time "} {
		if got := roleRank(r); got != len(roleOrder) {
			t.Errorf("roleRank(%q) = %d, want %d", r, got, len(roleOrder))
		}
	}
}

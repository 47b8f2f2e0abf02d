package tests

import (
	"testing"

	"github.com/healthhub/platform-infra/config"
)

// TestGolden compares every stack of every environment with its golden file.
func TestGolden(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		for _, id := range s.ids {
			t.Run(envName+"/"+id, func(t *testing.T) {
				compareGolden(t, goldenPath(envName, id), s.json[id])
			})
		}
	}
}

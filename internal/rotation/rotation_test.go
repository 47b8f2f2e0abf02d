package rotation

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// counter is a strategy whose credentials are "v<n>"; it records what it did and can
// be told to fail a step.
type counter struct {
	n        int
	set      []string
	finished []string
	failTest bool
	failFin  bool
}

func (c *counter) Create(_ context.Context, _ SecretsManager, current string) (string, error) {
	c.n++
	return current + "+", nil
}
func (c *counter) Set(_ context.Context, _, pending string) error {
	c.set = append(c.set, pending)
	return nil
}
func (c *counter) Test(context.Context, string) error {
	if c.failTest {
		return errors.New("the new credential does not work")
	}
	return nil
}
func (c *counter) Finish(_ context.Context, previous, _ string) error {
	if c.failFin {
		return errors.New("vendor refused to revoke")
	}
	c.finished = append(c.finished, previous)
	return nil
}

func TestRotationMovesCurrentAndRetiresPrevious(t *testing.T) {
	ctx := context.Background()
	f := NewFake()
	f.Create("s", "v")
	c := &counter{}
	if _, err := Rotate(ctx, f, c, "s"); err != nil {
		t.Fatal(err)
	}
	if f.Value("s", Current) != "v+" || f.Value("s", Previous) != "v" {
		t.Fatalf("current %q previous %q", f.Value("s", Current), f.Value("s", Previous))
	}
	if len(c.set) != 1 || len(c.finished) != 1 || c.finished[0] != "v" {
		t.Fatalf("set %v finished %v", c.set, c.finished)
	}
}

func TestFailedTestLeavesCurrent(t *testing.T) {
	ctx := context.Background()
	f := NewFake()
	f.Create("s", "v")
	_, err := Rotate(ctx, f, &counter{failTest: true}, "s")
	if err == nil || !strings.Contains(err.Error(), "testSecret") {
		t.Fatalf("err = %v", err)
	}
	if f.Value("s", Current) != "v" {
		t.Fatalf("current moved to %q after a failed test", f.Value("s", Current))
	}
}

func TestStepsAreIdempotent(t *testing.T) {
	ctx := context.Background()
	f := NewFake()
	f.Create("s", "v")
	c := &counter{}
	token, err := Rotate(ctx, f, c, "s")
	if err != nil {
		t.Fatal(err)
	}
	// Secrets Manager retries: every step again, nothing new is created or moved.
	for _, step := range []string{StepCreate, StepSet, StepTest, StepFinish} {
		if err := Handle(ctx, f, c, Event{SecretID: "s", ClientRequestToken: token, Step: step}); err != nil {
			t.Fatalf("%s retried: %v", step, err)
		}
	}
	if c.n != 1 || f.Puts != 1 || f.Value("s", Current) != "v+" {
		t.Fatalf("creates %d puts %d current %q", c.n, f.Puts, f.Value("s", Current))
	}
}

func TestRetriedFinishRetiresPrevious(t *testing.T) {
	ctx := context.Background()
	f := NewFake()
	f.Create("s", "v")
	c := &counter{failFin: true}
	token, err := Rotate(ctx, f, c, "s")
	if err == nil {
		t.Fatal("want the failed Finish reported")
	}
	c.failFin = false
	if err := Handle(ctx, f, c, Event{SecretID: "s", ClientRequestToken: token, Step: StepFinish}); err != nil {
		t.Fatal(err)
	}
	if len(c.finished) != 1 || c.finished[0] != "v" {
		t.Fatalf("finished %v, want the previous credential retired on retry", c.finished)
	}
}

func TestRefusesOutOfProtocolEvents(t *testing.T) {
	ctx := context.Background()
	f := NewFake()
	f.Create("s", "v")
	for _, e := range []Event{
		{SecretID: "s", ClientRequestToken: "unknown", Step: StepCreate},
		{SecretID: "missing", ClientRequestToken: "t", Step: StepCreate},
		{SecretID: "s", ClientRequestToken: "v0", Step: "bogus"},
	} {
		err := Handle(ctx, f, &counter{}, e)
		if e.ClientRequestToken == "v0" {
			// v0 is current: nothing to do for a non-finish step.
			if err != nil {
				t.Errorf("%+v: %v", e, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%+v accepted", e)
		}
	}
}

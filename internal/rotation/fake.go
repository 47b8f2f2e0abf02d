package rotation

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"sync"
)

// Fake is an in-memory Secrets Manager with the semantics the protocol relies on:
// version ids with stages, AWSPENDING created by RotateSecret before createSecret, and
// AWSPREVIOUS set when AWSCURRENT moves. Tests of strategies use it with Rotate.
type Fake struct {
	mu       sync.Mutex
	values   map[string]map[string]string   // secret -> version -> value
	stages   map[string]map[string][]string // secret -> version -> stages
	rotation map[string]bool
	// Puts counts PutSecretValue calls.
	Puts int
}

// NewFake returns an empty fake.
func NewFake() *Fake {
	return &Fake{values: map[string]map[string]string{}, stages: map[string]map[string][]string{}, rotation: map[string]bool{}}
}

// Create stores a secret with its first value as AWSCURRENT and rotation enabled.
func (f *Fake) Create(secretID, value string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.values[secretID] = map[string]string{"v0": value}
	f.stages[secretID] = map[string][]string{"v0": {Current}}
	f.rotation[secretID] = true
}

// Value returns the value in stage (for assertions).
func (f *Fake) Value(secretID, stage string) string {
	v, _ := f.GetSecretValue(context.Background(), secretID, "", stage)
	return v
}

// DescribeSecret implements SecretsManager.
func (f *Fake) DescribeSecret(_ context.Context, secretID string) (Description, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ok := f.stages[secretID]
	if !ok {
		return Description{}, fmt.Errorf("ResourceNotFoundException: %s", secretID)
	}
	d := Description{RotationEnabled: f.rotation[secretID], Versions: map[string][]string{}}
	for v, s := range st {
		d.Versions[v] = slices.Clone(s)
	}
	return d, nil
}

// GetSecretValue implements SecretsManager.
func (f *Fake) GetSecretValue(_ context.Context, secretID, versionID, stage string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for v, st := range f.stages[secretID] {
		if (versionID == "" || v == versionID) && (stage == "" || slices.Contains(st, stage)) {
			if val, ok := f.values[secretID][v]; ok {
				return val, nil
			}
		}
	}
	return "", ErrNotFound
}

// PutSecretValue implements SecretsManager.
func (f *Fake) PutSecretValue(_ context.Context, secretID, token, value string, stages []string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if old, ok := f.values[secretID][token]; ok && old != value {
		return fmt.Errorf("ResourceExistsException: version %s exists with another value", token)
	}
	f.Puts++
	f.values[secretID][token] = value
	for _, s := range stages {
		f.moveLocked(secretID, s, token)
	}
	return nil
}

// UpdateSecretVersionStage implements SecretsManager.
func (f *Fake) UpdateSecretVersionStage(_ context.Context, secretID, stage, moveTo, removeFrom string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if removeFrom != "" && !slices.Contains(f.stages[secretID][removeFrom], stage) {
		return fmt.Errorf("InvalidParameterException: %s is not in version %s", stage, removeFrom)
	}
	if stage == Current && removeFrom != "" {
		f.moveLocked(secretID, Previous, removeFrom)
		// Secrets Manager drops AWSPENDING from the version that becomes current.
		f.stages[secretID][moveTo] = slices.DeleteFunc(f.stages[secretID][moveTo], func(s string) bool { return s == Pending })
	}
	f.moveLocked(secretID, stage, moveTo)
	return nil
}

func (f *Fake) moveLocked(secretID, stage, to string) {
	for v, st := range f.stages[secretID] {
		f.stages[secretID][v] = slices.DeleteFunc(st, func(s string) bool { return s == stage })
	}
	f.stages[secretID][to] = append(f.stages[secretID][to], stage)
}

// GetRandomPassword implements SecretsManager.
func (f *Fake) GetRandomPassword(_ context.Context, length int, _ bool) (string, error) {
	b := make([]byte, (length+1)/2)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b)[:length], nil
}

// Rotate plays Secrets Manager's part of one rotation: a new version in AWSPENDING,
// then the four steps in order, stopping at the first error (as Secrets Manager does
// after its retries). It returns the token of the new version.
func Rotate(ctx context.Context, f *Fake, s Strategy, secretID string) (string, error) {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	token := hex.EncodeToString(b)
	f.mu.Lock()
	f.moveLocked(secretID, Pending, token)
	f.mu.Unlock()
	for _, step := range []string{StepCreate, StepSet, StepTest, StepFinish} {
		if err := Handle(ctx, f, s, Event{SecretID: secretID, ClientRequestToken: token, Step: step}); err != nil {
			return token, err
		}
	}
	return token, nil
}

package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/healthhub/platform-infra/internal/rotation"
)

// Rotator is the strategy of the rotation function (lambdas/rotate-postgres): one
// function rotates every service secret with Strategy (alternating users) and, when it
// is also wired to the master secret, that secret with SingleUser. Each step decides
// by the value it is given: a secret naming the master's role on the master's host
// (the master secret's AWSCURRENT value, read on each step) is the master's, rotated
// single-user; any other must be a service secret naming one of its two login roles,
// or the step fails with Strategy's error.
type Rotator struct {
	Alternating *Strategy
	Single      *SingleUser
}

var _ rotation.Strategy = (*Rotator)(nil)

// NewRotator returns the rotation function's strategy: sm reads the master secret
// masterSecretID (the migrator's, MASTER_SECRET_ARN).
func NewRotator(sm rotation.SecretsManager, masterSecretID string) *Rotator {
	return &Rotator{
		Alternating: &Strategy{SM: sm, MasterSecretID: masterSecretID},
		Single:      &SingleUser{},
	}
}

// pick returns the strategy for a secret value.
func (r *Rotator) pick(ctx context.Context, value string) (rotation.Strategy, error) {
	sec, err := ParseSecret("rotated", value)
	if err != nil {
		return nil, err
	}
	a := r.Alternating
	if a == nil || a.SM == nil || a.MasterSecretID == "" {
		return nil, errors.New("no master secret configured (MASTER_SECRET_ARN)")
	}
	masterValue, err := a.SM.GetSecretValue(ctx, a.MasterSecretID, "", rotation.Current)
	if err != nil {
		return nil, fmt.Errorf("reading the master secret %s: %w", a.MasterSecretID, err)
	}
	master, err := ParseSecret("master", masterValue)
	if err != nil {
		return nil, err
	}
	if sec.Username == master.Username && sec.Host == master.Host && sec.Port == master.Port {
		return r.Single, nil
	}
	return a, nil
}

// Create implements rotation.Strategy.
func (r *Rotator) Create(ctx context.Context, sm rotation.SecretsManager, current string) (string, error) {
	s, err := r.pick(ctx, current)
	if err != nil {
		return "", err
	}
	return s.Create(ctx, sm, current)
}

// Set implements rotation.Strategy.
func (r *Rotator) Set(ctx context.Context, current, pending string) error {
	s, err := r.pick(ctx, current)
	if err != nil {
		return err
	}
	return s.Set(ctx, current, pending)
}

// Test implements rotation.Strategy.
func (r *Rotator) Test(ctx context.Context, pending string) error {
	s, err := r.pick(ctx, pending)
	if err != nil {
		return err
	}
	return s.Test(ctx, pending)
}

// Finish implements rotation.Strategy: neither strategy has anything to retire.
func (r *Rotator) Finish(context.Context, string, string) error { return nil }

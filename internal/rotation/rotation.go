// Package rotation implements the AWS Secrets Manager rotation protocol once, for every
// rotation function of the platform: Secrets Manager invokes the function four times
// per rotation (createSecret, setSecret, testSecret, finishSecret) with the secret's id
// and a token naming the new version; a Strategy says how a credential of its kind is
// made, installed, tested and the old one retired. Each step is idempotent: Secrets
// Manager retries a failed step, and a rotation that fails before finishSecret leaves
// AWSCURRENT untouched, so clients keep working with the old value.
//
// Secrets Manager sits behind the SecretsManager interface (NewSDK is the real one), so
// strategies are tested against a fake of it and their real counterpart (a PostgreSQL
// server, a vendor's key API).
package rotation

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// Steps of the protocol, in order.
const (
	StepCreate = "createSecret"
	StepSet    = "setSecret"
	StepTest   = "testSecret"
	StepFinish = "finishSecret"
)

// Version stages.
const (
	Current  = "AWSCURRENT"
	Pending  = "AWSPENDING"
	Previous = "AWSPREVIOUS"
)

// Event is what Secrets Manager sends to a rotation function.
type Event struct {
	SecretID           string `json:"SecretId"`
	ClientRequestToken string `json:"ClientRequestToken"`
	Step               string `json:"Step"`
}

// Description is the part of DescribeSecret the protocol reads.
type Description struct {
	RotationEnabled bool
	// Versions maps a version id to its stages.
	Versions map[string][]string
}

// ErrNotFound is returned by GetSecretValue when no such version exists.
var ErrNotFound = errors.New("secret version not found")

// SecretsManager is the part of the Secrets Manager API the protocol uses.
type SecretsManager interface {
	DescribeSecret(ctx context.Context, secretID string) (Description, error)
	// GetSecretValue reads the version with versionID, or else the one in stage.
	GetSecretValue(ctx context.Context, secretID, versionID, stage string) (string, error)
	PutSecretValue(ctx context.Context, secretID, token, value string, stages []string) error
	// UpdateSecretVersionStage moves stage to moveTo, removing it from removeFrom.
	UpdateSecretVersionStage(ctx context.Context, secretID, stage, moveTo, removeFrom string) error
	GetRandomPassword(ctx context.Context, length int, excludePunctuation bool) (string, error)
}

// Strategy makes, installs, tests and retires one kind of credential. Values are the
// secret strings (JSON documents).
type Strategy interface {
	// Create returns the pending value, made from the current one (a new password for
	// the other of two users, a new API key...). It may call the vendor: it is called
	// once per rotation (the pending version is stored before setSecret).
	Create(ctx context.Context, sm SecretsManager, current string) (pending string, err error)
	// Set installs pending where it is checked (the database's role, the vendor).
	Set(ctx context.Context, current, pending string) error
	// Test proves pending works; an error stops the rotation with current unchanged.
	Test(ctx context.Context, pending string) error
	// Finish runs after pending became current: retire what previous granted (revoke
	// an old vendor key). Must be idempotent.
	Finish(ctx context.Context, previous, current string) error
}

// Handle runs one step of the protocol for the event.
func Handle(ctx context.Context, sm SecretsManager, s Strategy, e Event) error {
	d, err := sm.DescribeSecret(ctx, e.SecretID)
	if err != nil {
		return fmt.Errorf("describing %s: %w", e.SecretID, err)
	}
	if !d.RotationEnabled {
		return fmt.Errorf("secret %s does not have rotation enabled", e.SecretID)
	}
	stages, ok := d.Versions[e.ClientRequestToken]
	if !ok {
		return fmt.Errorf("secret %s has no version %s to rotate to", e.SecretID, e.ClientRequestToken)
	}
	if slices.Contains(stages, Current) {
		if e.Step != StepFinish {
			return nil
		}
		// A retried finishSecret: the stage moved, retiring the previous credential may
		// not have; Finish is idempotent.
		previous, err := sm.GetSecretValue(ctx, e.SecretID, "", Previous)
		if errors.Is(err, ErrNotFound) {
			return nil
		} else if err != nil {
			return fmt.Errorf("reading AWSPREVIOUS: %w", err)
		}
		current, err := sm.GetSecretValue(ctx, e.SecretID, e.ClientRequestToken, Current)
		if err != nil {
			return fmt.Errorf("reading AWSCURRENT: %w", err)
		}
		return s.Finish(ctx, previous, current)
	}
	if !slices.Contains(stages, Pending) {
		return fmt.Errorf("version %s of %s is not AWSPENDING", e.ClientRequestToken, e.SecretID)
	}
	switch e.Step {
	case StepCreate:
		current, err := sm.GetSecretValue(ctx, e.SecretID, "", Current)
		if err != nil {
			return fmt.Errorf("reading AWSCURRENT: %w", err)
		}
		if _, err := sm.GetSecretValue(ctx, e.SecretID, e.ClientRequestToken, Pending); err == nil {
			return nil // created by an earlier attempt
		} else if !errors.Is(err, ErrNotFound) {
			return fmt.Errorf("reading AWSPENDING: %w", err)
		}
		pending, err := s.Create(ctx, sm, current)
		if err != nil {
			return fmt.Errorf("createSecret: %w", err)
		}
		return sm.PutSecretValue(ctx, e.SecretID, e.ClientRequestToken, pending, []string{Pending})
	case StepSet, StepTest:
		pending, err := sm.GetSecretValue(ctx, e.SecretID, e.ClientRequestToken, Pending)
		if err != nil {
			return fmt.Errorf("reading AWSPENDING: %w", err)
		}
		if e.Step == StepTest {
			if err := s.Test(ctx, pending); err != nil {
				return fmt.Errorf("testSecret: %w", err)
			}
			return nil
		}
		current, err := sm.GetSecretValue(ctx, e.SecretID, "", Current)
		if err != nil {
			return fmt.Errorf("reading AWSCURRENT: %w", err)
		}
		if err := s.Set(ctx, current, pending); err != nil {
			return fmt.Errorf("setSecret: %w", err)
		}
		return nil
	case StepFinish:
		currentVersion := ""
		for id, st := range d.Versions {
			if slices.Contains(st, Current) {
				currentVersion = id
			}
		}
		previous, err := sm.GetSecretValue(ctx, e.SecretID, currentVersion, Current)
		if err != nil {
			return fmt.Errorf("reading AWSCURRENT: %w", err)
		}
		pending, err := sm.GetSecretValue(ctx, e.SecretID, e.ClientRequestToken, Pending)
		if err != nil {
			return fmt.Errorf("reading AWSPENDING: %w", err)
		}
		if err := sm.UpdateSecretVersionStage(ctx, e.SecretID, Current, e.ClientRequestToken, currentVersion); err != nil {
			return fmt.Errorf("finishSecret: %w", err)
		}
		if err := s.Finish(ctx, previous, pending); err != nil {
			return fmt.Errorf("finishSecret (retiring the previous credential): %w", err)
		}
		return nil
	default:
		return fmt.Errorf("unknown rotation step %q", e.Step)
	}
}

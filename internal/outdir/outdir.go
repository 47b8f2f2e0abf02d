// Package outdir publishes a synthesis into cdktf.out only once it has fully succeeded.
//
// The app synthesizes into a fresh temporary directory beside the output directory;
// Publish then moves each synthesized file over its counterpart (a rename, atomic per
// file) and writes manifest.json last. A failed synthesis never touches the output
// directory, and what Terraform keeps there (.terraform/, plans, lock files) survives.
package outdir

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Temp creates the staging directory for a synthesis into out.
func Temp(out string) (string, error) {
	parent := filepath.Dir(filepath.Clean(out))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	return os.MkdirTemp(parent, "."+filepath.Base(out)+".staging-")
}

// Publish moves the staged synthesis into out and removes the staging directory.
// Stack directories of out that the new synthesis does not have are removed, as the
// cdktf CLI does.
func Publish(staging, out string) error {
	defer os.RemoveAll(staging)
	var files []string
	err := filepath.WalkDir(staging, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	const manifest = "manifest.json"
	for pass := 0; pass < 2; pass++ { // the manifest last
		for _, src := range files {
			rel, _ := filepath.Rel(staging, src)
			if (rel == manifest) != (pass == 1) {
				continue
			}
			dst := filepath.Join(out, rel)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			if err := os.Rename(src, dst); err != nil {
				return fmt.Errorf("publishing %s: %w", rel, err)
			}
		}
	}
	stacks, err := os.ReadDir(filepath.Join(out, "stacks"))
	if err != nil {
		return nil
	}
	for _, s := range stacks {
		if _, err := os.Stat(filepath.Join(staging, "stacks", s.Name())); os.IsNotExist(err) && s.IsDir() {
			if err := os.RemoveAll(filepath.Join(out, "stacks", s.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

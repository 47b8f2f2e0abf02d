package artifact

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeTree writes files (relative path -> content) under a fresh module root and
// returns a Builder on it.
func writeTree(t *testing.T, files map[string]string, mtime time.Time) *Builder {
	t.Helper()
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for p, c := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(full, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	return &Builder{Root: root, CacheDir: filepath.Join(root, ".gen")}
}

// TestFilesAreDeterministic: the same files give the same bytes whatever their times
// and permissions on disk; entries are sorted, prefixed, mode 0644, at the zip epoch,
// without extra fields; the cache path is addressed by the zip's hash.
func TestFilesAreDeterministic(t *testing.T) {
	files := map[string]string{"scripts/web.js": "exports.handler = 1;\n", "scripts/lib/a.js": "module.exports = 2;\n"}
	z1, err := writeTree(t, files, time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)).Files("./scripts", "nodejs/node_modules/")
	if err != nil {
		t.Fatal(err)
	}
	z2, err := writeTree(t, files, time.Now()).Files("./scripts", "nodejs/node_modules/")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(z1.Path)
	b, _ := os.ReadFile(z2.Path)
	if !bytes.Equal(a, b) || z1.SHA256 != z2.SHA256 || z1.Size != int64(len(a)) {
		t.Fatalf("two packagings differ: %+v, %+v", z1, z2)
	}
	if filepath.Base(z1.Path) != "scripts.zip" || filepath.Base(filepath.Dir(z1.Path)) != z1.Hex() {
		t.Errorf("cache path %s: want <hash of the zip>/scripts.zip", z1.Path)
	}
	r, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range r.File {
		names = append(names, f.Name)
		if f.Mode().Perm() != 0o644 || f.ModifiedDate != ModDate || f.ModifiedTime != ModTime || len(f.Extra) != 0 || f.Flags != 0 || f.Method != zip.Deflate {
			t.Errorf("%s: mode %v date %d time %d extra %d flags %d method %d", f.Name, f.Mode(), f.ModifiedDate, f.ModifiedTime, len(f.Extra), f.Flags, f.Method)
		}
	}
	if strings.Join(names, ",") != "nodejs/node_modules/lib/a.js,nodejs/node_modules/web.js" {
		t.Errorf("entries %v", names)
	}
}

// TestFilesRefuses: hidden files, a bad directory or prefix, an empty directory.
func TestFilesRefuses(t *testing.T) {
	b := writeTree(t, map[string]string{"scripts/web.js": "x", "scripts/.web.js.swp": "y"}, time.Now())
	if _, err := b.Files("./scripts", ""); err == nil || !strings.Contains(err.Error(), "hidden") {
		t.Errorf("a hidden file was packaged: %v", err)
	}
	for _, c := range []struct{ dir, prefix string }{{"scripts", ""}, {"./../x", ""}, {"./scripts/", ""}, {"./scripts", "nodejs"}, {"./scripts", "/abs/"}, {"./none", ""}} {
		if _, err := writeTree(t, map[string]string{"scripts/a.js": "x"}, time.Now()).Files(c.dir, c.prefix); err == nil {
			t.Errorf("Files(%q, %q) accepted", c.dir, c.prefix)
		}
	}
	if _, err := ArchiveFiles([]File{{Name: "a/../b", Mode: 0o644}}); err == nil {
		t.Error("an entry with .. was accepted")
	}
	if _, err := ArchiveFiles([]File{{Name: "a", Mode: 0o644}, {Name: "a", Mode: 0o644}}); err == nil {
		t.Error("an entry given twice was accepted")
	}
}

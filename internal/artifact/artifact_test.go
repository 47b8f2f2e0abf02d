package artifact

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"debug/buildinfo"
	"debug/elf"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tiny is a main package with an empty main: the tests build it, never the product's
// functions.
const tiny = "./internal/artifact/testdata/tiny"

// TestSamePackageSameBytes builds the package twice, into two fresh caches (two
// builders: nothing is shared but Go's build cache), the second time with a user's go
// settings that would change the executable if they reached the compiler, and compares
// the zips byte for byte.
func TestSamePackageSameBytes(t *testing.T) {
	var zips [2]Zip
	var data [2][]byte
	for i := range zips {
		if i == 1 {
			t.Setenv("GOFLAGS", "-gcflags=-N")
			t.Setenv("GOARM64", "v8.5")
			t.Setenv("CGO_ENABLED", "1")
		}
		start := time.Now()
		z, err := (&Builder{CacheDir: t.TempDir()}).Build(tiny)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("build %d: %v, %d bytes, %s", i+1, time.Since(start).Round(time.Millisecond), z.Size, z.SHA256)
		zips[i] = z
		if data[i], err = os.ReadFile(z.Path); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(data[0], data[1]) {
		t.Fatalf("two builds of %s differ: %s (%d bytes) and %s (%d bytes)", tiny, zips[0].SHA256, len(data[0]), zips[1].SHA256, len(data[1]))
	}
	if zips[0].SHA256 != zips[1].SHA256 || filepath.Base(filepath.Dir(zips[0].Path)) != filepath.Base(filepath.Dir(zips[1].Path)) {
		t.Errorf("same bytes, different identities: %+v and %+v", zips[0], zips[1])
	}
}

// TestZipLayout: one entry "bootstrap", mode 0755, the fixed time, Deflate, no extra
// fields, flags or comments; the hash and size describe the file; the executable is a
// stripped linux/arm64 binary built with the pinned flags.
func TestZipLayout(t *testing.T) {
	z, err := (&Builder{CacheDir: t.TempDir()}).Build(tiny)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(z.Path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if got := base64.StdEncoding.EncodeToString(sum[:]); got != z.SHA256 {
		t.Errorf("SHA256 %s, the file's is %s", z.SHA256, got)
	}
	if int64(len(data)) != z.Size {
		t.Errorf("Size %d, the file has %d bytes", z.Size, len(data))
	}
	if filepath.Base(z.Path) != "tiny.zip" {
		t.Errorf("zip named %q, want tiny.zip", filepath.Base(z.Path))
	}

	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.File) != 1 || r.File[0].Name != "bootstrap" {
		var names []string
		for _, f := range r.File {
			names = append(names, f.Name)
		}
		t.Fatalf("entries %q, want exactly [\"bootstrap\"]", names)
	}
	f := r.File[0]
	if f.Mode() != 0o755 {
		t.Errorf("mode %v, want -rwxr-xr-x", f.Mode())
	}
	if want := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC); !f.Modified.Equal(want) {
		t.Errorf("modified %v, want %v", f.Modified, want)
	}
	if f.Method != zip.Deflate || len(f.Extra) != 0 || f.Flags != 0 || f.Comment != "" || r.Comment != "" {
		t.Errorf("header: method %d, %d bytes of extra fields, flags %#x, comments %q %q; want Deflate and none", f.Method, len(f.Extra), f.Flags, f.Comment, r.Comment)
	}
	// The local header (what the reader above does not show): no extra field either.
	if sig, extra := binary.LittleEndian.Uint32(data[0:]), binary.LittleEndian.Uint16(data[28:]); sig != 0x04034b50 || extra != 0 {
		t.Errorf("local header: signature %#x, extra field length %d; want 0x04034b50 and 0", sig, extra)
	}

	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	exe, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		t.Fatal(err)
	}
	exeSum := sha256.Sum256(exe)
	if dir := filepath.Dir(z.Path); filepath.Base(dir) != hex.EncodeToString(exeSum[:]) || filepath.Base(filepath.Dir(dir)) != Format {
		t.Errorf("cache directory %q is not %s/<the executable's SHA-256 in hex>", dir, Format)
	}
	e, err := elf.NewFile(bytes.NewReader(exe))
	if err != nil {
		t.Fatalf("bootstrap is not an ELF executable: %v", err)
	}
	if e.Machine != elf.EM_AARCH64 || e.Class != elf.ELFCLASS64 {
		t.Errorf("bootstrap is %v %v, want ELFCLASS64 EM_AARCH64", e.Class, e.Machine)
	}
	for _, sec := range e.Sections {
		switch {
		case sec.Name == ".symtab":
			t.Error("bootstrap has a symbol table: -ldflags -s was not applied")
		case strings.HasPrefix(sec.Name, ".debug") || strings.HasPrefix(sec.Name, ".zdebug"):
			t.Errorf("bootstrap has DWARF (%s): -ldflags -w was not applied", sec.Name)
		case sec.Name == ".note.go.buildid":
			t.Error("bootstrap has a Go build id: -ldflags -buildid= was not applied")
		}
	}
	info, err := buildinfo.Read(bytes.NewReader(exe))
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	// -ldflags is not recorded under -trimpath: the sections above show its effect.
	for k, want := range map[string]string{"GOOS": "linux", "GOARCH": "arm64", "GOARM64": "v8.0", "CGO_ENABLED": "0", "-trimpath": "true", "-tags": "lambda.norpc"} {
		if settings[k] != want {
			t.Errorf("build setting %s = %q, want %q", k, settings[k], want)
		}
	}
	if _, ok := settings["vcs.revision"]; ok {
		t.Error("the binary records a VCS revision: -buildvcs=false was not applied")
	}
	if strings.Contains(string(exe), mustGetwd(t)) {
		t.Error("the binary holds the working directory's path: -trimpath was not applied")
	}
}

// TestOncePerProcess: a builder builds a package once; later calls return the same zip
// without running the compiler (the zip is gone from disk and is not written again).
func TestOncePerProcess(t *testing.T) {
	b := &Builder{CacheDir: t.TempDir()}
	z, err := b.Build(tiny)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(z.Path); err != nil {
		t.Fatal(err)
	}
	again, err := b.Build(tiny)
	if err != nil || again != z {
		t.Fatalf("second Build = %+v, %v; want %+v", again, err, z)
	}
	if _, err := os.Stat(z.Path); !os.IsNotExist(err) {
		t.Errorf("second Build rebuilt the zip (stat: %v)", err)
	}
}

// TestCacheAcrossProcesses: a builder finding the zip of the same executable in its
// cache (another process wrote it) reuses it without writing; a damaged one is replaced.
func TestCacheAcrossProcesses(t *testing.T) {
	cache := t.TempDir()
	first, err := (&Builder{CacheDir: cache}).Build(tiny)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(first.Path)
	second, err := (&Builder{CacheDir: cache}).Build(tiny)
	if err != nil || second != first {
		t.Fatalf("second builder: %+v, %v; want %+v", second, err, first)
	}
	if after, _ := os.Stat(first.Path); !os.SameFile(before, after) {
		t.Error("the cached zip was written again")
	}
	data, _ := os.ReadFile(first.Path)
	damaged := bytes.Replace(data, []byte("bootstrap"), []byte("bootstraq"), -1)
	if err := os.WriteFile(first.Path, damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	third, err := (&Builder{CacheDir: cache}).Build(tiny)
	if err != nil || third != first {
		t.Fatalf("after damage: %+v, %v; want %+v", third, err, first)
	}
	if again, _ := os.ReadFile(first.Path); !bytes.Equal(again, data) {
		t.Error("the damaged zip was kept")
	}
}

// TestCacheDirFromEnvironment: the package-level Build writes where CacheDirEnv says.
func TestCacheDirFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(CacheDirEnv, dir)
	z, err := Build(tiny)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(filepath.Dir(filepath.Dir(z.Path))) != dir {
		t.Errorf("zip at %s, want it under %s", z.Path, dir)
	}
}

// TestErrorsAreOneLine: a bad path, a missing toolchain, a missing package, a package
// that is not main and a compile error each give one line naming the package.
func TestErrorsAreOneLine(t *testing.T) {
	for _, c := range []struct {
		name, pkg, goCmd, want string
	}{
		{"absolute", "/etc", "", "module-relative path"},
		{"no dot slash", "lambdas/rotate-postgres", "", "module-relative path"},
		{"climbs out", "./../x", "", "module-relative path"},
		{"climbs inside", "./a/../../x", "", "module-relative path"},
		{"no toolchain", tiny, "go-not-installed-here", "no Go toolchain"},
		{"missing package", "./internal/artifact/testdata/absent", "", "go build failed"},
		{"not main", "./internal/artifact", "", "is it a package main?"},
		{"compile error", "./internal/artifact/testdata/broken", "", `cannot use "a string"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := (&Builder{CacheDir: t.TempDir(), Go: c.goCmd}).Build(c.pkg)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "artifact.Build ") || !strings.Contains(msg, c.want) {
				t.Errorf("error %q: want one line starting \"artifact.Build \" and containing %q", msg, c.want)
			}
		})
	}
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

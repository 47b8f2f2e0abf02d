// Package artifact builds the product's own Lambda functions (Go main packages of this
// module, such as ./lambdas/rotate-postgres) into deterministic zips at synthesis time:
// the same source and the same Go toolchain give byte-identical zips on any machine and
// in any run, so a plan shows a function change only when its code changed.
//
// What makes a zip deterministic:
//
//	binary  GOOS=linux GOARCH=arm64 GOARM64=v8.0 CGO_ENABLED=0, -trimpath (no local
//	        paths), -buildvcs=false (no commit or dirty flag), -ldflags "-s -w -buildid="
//	        (no symbol table, DWARF or build id), -tags lambda.norpc, GOFLAGS replaced
//	        (a user's go env cannot add flags)
//	zip     one entry "bootstrap", mode 0755, MS-DOS time 1980-01-01 00:00:00 (the zip
//	        epoch), no extra fields (no extended timestamp), no data descriptor, no
//	        comment, Deflate at level 9 (compress/flate), fixed creator/reader versions
//
// A different Go release, or a GOEXPERIMENT, changes the compiler's output and so the
// bytes: the zip is reproducible per toolchain, which go.mod's go line pins.
//
// Zips are written to a content-addressed directory under the module root
// (.gen/artifacts/<Format>/<SHA-256 of the executable, hex>/<name>.zip, git-ignored) and each
// package is built once per process: synthesizing every environment in one process (or
// one test binary) builds a package once; a later process finds Go's build cache warm
// (no compiling, often no linking) and the zip already written (no compressing).
package artifact

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// Zip is a built function: a zip holding one executable, "bootstrap", for the
// provided.al2023 runtime on arm64.
type Zip struct {
	// Path is the zip's absolute path: <cache>/<Format>/<SHA-256 of the executable, hex>/<name>.zip,
	// name being the package's last element ("rotate-postgres.zip").
	Path string
	// SHA256 is the base64-encoded SHA-256 of the zip's bytes, the form of a Lambda
	// function's source_code_hash (Terraform's filebase64sha256).
	SHA256 string
	// Size is the zip's size in bytes.
	Size int64
}

// Hex is the zip's SHA-256 in lowercase hex.
func (z Zip) Hex() string {
	b, err := base64.StdEncoding.DecodeString(z.SHA256)
	if err != nil {
		return ""
	}
	return hex.EncodeToString(b)
}

// Entry is the name of the one file in every zip: the executable the provided.al2023
// runtime starts.
const Entry = "bootstrap"

// ModTime is the fixed modification time of Entry, as MS-DOS date and time fields:
// 1980-01-01 00:00:00, the earliest time a zip can hold.
const (
	ModDate uint16 = 1<<5 | 1 // year 1980 (0), month 1, day 1
	ModTime uint16 = 0
)

// Format names the zip layout Archive writes; it is part of the cache path, so a change of
// layout (another compression level) never reuses a zip of the old one. Change it with
// Archive.
const Format = "zip-v1"

// CacheDirEnv overrides the directory zips are written to. Default: .gen/artifacts under
// the module root.
const CacheDirEnv = "HEALTHHUB_ARTIFACT_DIR"

// Builder builds packages of one module into one cache directory, each package once.
type Builder struct {
	// Root is the module root (the directory holding go.mod). Default: found by walking
	// up from the working directory.
	Root string
	// CacheDir receives the zips. Default: $HEALTHHUB_ARTIFACT_DIR, else
	// <Root>/.gen/artifacts.
	CacheDir string
	// Go is the go command. Default: "go" on PATH.
	Go string

	mu    sync.Mutex
	once  sync.Once
	err   error // from resolving Root, CacheDir and Go
	built map[string]*build
}

type build struct {
	once sync.Once
	zip  Zip
	err  error
}

var defaultBuilder = &Builder{}

// Build compiles the module's main package pkg ("./lambdas/rotate-postgres", relative to
// the module root) for linux/arm64 and returns its zip, building it at most once per
// process. A missing Go toolchain or a compile error is one line of error.
func Build(pkg string) (Zip, error) { return defaultBuilder.Build(pkg) }

var pkgRE = regexp.MustCompile(`^\./[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$`)

// Build compiles pkg (see the package function Build), once per Builder.
func (b *Builder) Build(pkg string) (Zip, error) {
	if !pkgRE.MatchString(pkg) || path.Clean(pkg) != strings.TrimPrefix(pkg, "./") || strings.Contains(pkg, "/../") || strings.HasPrefix(pkg, "./..") {
		return Zip{}, fmt.Errorf("artifact.Build %q: the package must be a module-relative path like \"./lambdas/rotate-postgres\" (no \"..\", no trailing \"/\")", pkg)
	}
	b.once.Do(b.init)
	if b.err != nil {
		return Zip{}, fmt.Errorf("artifact.Build %s: %w", pkg, b.err)
	}
	b.mu.Lock()
	e, ok := b.built[pkg]
	if !ok {
		e = &build{}
		b.built[pkg] = e
	}
	b.mu.Unlock()
	e.once.Do(func() {
		e.zip, e.err = b.build(pkg)
		if e.err != nil {
			e.err = fmt.Errorf("artifact.Build %s: %w", pkg, e.err)
		}
	})
	return e.zip, e.err
}

func (b *Builder) init() {
	b.built = map[string]*build{}
	if b.Root == "" {
		if b.Root, b.err = ModuleRoot(); b.err != nil {
			return
		}
	}
	if b.CacheDir == "" {
		b.CacheDir = os.Getenv(CacheDirEnv)
	}
	if b.CacheDir == "" {
		b.CacheDir = filepath.Join(b.Root, ".gen", "artifacts")
	}
	if b.CacheDir, b.err = filepath.Abs(b.CacheDir); b.err != nil {
		return
	}
	if b.Go == "" {
		b.Go = "go"
	}
	if _, err := exec.LookPath(b.Go); err != nil {
		b.err = fmt.Errorf("no Go toolchain: %q is not on PATH (the product's functions are compiled at synthesis; install Go as go.mod says)", b.Go)
	}
}

// ModuleRoot is the nearest directory at or above the working directory that holds a
// go.mod file.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working directory: run from inside the module")
		}
		dir = parent
	}
}

// Env is what the go command runs with, on top of the process environment: every
// variable that changes the compiler's output is set.
var Env = []string{"GOOS=linux", "GOARCH=arm64", "GOARM64=v8.0", "CGO_ENABLED=0", "GOFLAGS=-mod=readonly", "GOWORK=off"}

// Flags are the go build flags.
var Flags = []string{"-trimpath", "-buildvcs=false", "-ldflags=-s -w -buildid=", "-tags=lambda.norpc"}

func (b *Builder) build(pkg string) (Zip, error) {
	if err := os.MkdirAll(b.CacheDir, 0o755); err != nil {
		return Zip{}, err
	}
	tmp, err := os.MkdirTemp(b.CacheDir, ".build-")
	if err != nil {
		return Zip{}, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, Entry)
	args := append([]string{"build"}, Flags...)
	args = append(args, "-o", bin, pkg)
	cmd := exec.Command(b.Go, args...)
	cmd.Dir = b.Root
	cmd.Env = append(os.Environ(), Env...)
	var stderr bytes.Buffer
	cmd.Stderr, cmd.Stdout = &stderr, &stderr
	if err := cmd.Run(); err != nil {
		return Zip{}, fmt.Errorf("go build failed: %s", oneLine(stderr.String(), err))
	}
	exe, err := os.ReadFile(bin)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Zip{}, errors.New("go build wrote no executable: is it a package main?")
		}
		return Zip{}, err
	}
	if !bytes.HasPrefix(exe, []byte("\x7fELF")) {
		return Zip{}, errors.New("go build wrote no executable: is it a package main?")
	}
	// The cache is addressed by the executable: a later process whose build gives the
	// same executable reuses the zip without compressing again (Deflate level 9 of a
	// function with the AWS SDK takes most of a second).
	exeSum := sha256.Sum256(exe)
	dir := filepath.Join(b.CacheDir, Format, hex.EncodeToString(exeSum[:]))
	zpath := filepath.Join(dir, path.Base(pkg)+".zip")
	if data, err := os.ReadFile(zpath); err == nil && holds(data, exe) {
		return describe(zpath, data), nil
	}
	data, err := Archive(exe)
	if err != nil {
		return Zip{}, err
	}
	// Write beside, then rename: a concurrent process building the same package writes
	// the same bytes, and a reader never sees half a zip.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Zip{}, err
	}
	part := filepath.Join(tmp, "part.zip")
	if err := os.WriteFile(part, data, 0o644); err != nil {
		return Zip{}, err
	}
	if err := os.Rename(part, zpath); err != nil {
		return Zip{}, err
	}
	return describe(zpath, data), nil
}

// describe is the Zip of data stored at p.
func describe(p string, data []byte) Zip {
	sum := sha256.Sum256(data)
	return Zip{Path: p, SHA256: base64.StdEncoding.EncodeToString(sum[:]), Size: int64(len(data))}
}

// holds reports whether data is a zip this package wrote for exe: exactly the bytes
// Archive(exe) gives, checked without compressing again (one entry Entry whose CRC-32
// and size are exe's, and whose headers are the fixed ones).
func holds(data, exe []byte) bool {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(r.File) != 1 {
		return false
	}
	f := r.File[0]
	return f.Name == Entry && f.CRC32 == crc32.ChecksumIEEE(exe) && f.UncompressedSize64 == uint64(len(exe)) &&
		f.Method == zip.Deflate && f.ModifiedDate == ModDate && f.ModifiedTime == ModTime && len(f.Extra) == 0 &&
		f.Flags == 0 && f.ExternalAttrs == (0o100000|0o755)<<16 && r.Comment == ""
}

// Archive returns the deterministic zip of one executable (see the package comment):
// ArchiveFiles of the one entry Entry, mode 0755.
func Archive(exe []byte) ([]byte, error) {
	return ArchiveFiles([]File{{Name: Entry, Mode: 0o755, Data: exe}})
}

// oneLine condenses the go command's output into one line: the compiler's messages
// without the "# package" headers, joined with "; ", at most five of them.
func oneLine(out string, err error) string {
	var msgs []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		msgs = append(msgs, l)
	}
	if len(msgs) == 0 {
		return err.Error()
	}
	const most = 5
	if len(msgs) > most {
		msgs = append(msgs[:most], fmt.Sprintf("(%d more)", len(msgs)-most))
	}
	return strings.Join(msgs, "; ")
}

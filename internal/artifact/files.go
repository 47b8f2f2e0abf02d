package artifact

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// File is one entry of a zip that Files or ArchiveFiles writes.
type File struct {
	// Name is the entry's path inside the zip ("nodejs/node_modules/web.js"): relative,
	// "/"-separated, no "." or ".." element.
	Name string
	// Mode is the entry's Unix permission bits (0o644 for a script).
	Mode fs.FileMode
	// Data is the entry's content.
	Data []byte
}

// ArchiveFiles returns the deterministic zip of files, with the layout Archive gives its
// one executable: entries sorted by name, each at the zip epoch (1980-01-01 00:00:00),
// no extra fields, no data descriptor, no comment, Deflate at level 9, fixed creator and
// reader versions, a regular file of the given mode. The same files give the same bytes
// on any machine, whatever order they are given in and whatever their times on disk.
func ArchiveFiles(files []File) ([]byte, error) {
	sorted := append([]File(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	seen := map[string]bool{}
	for _, f := range sorted {
		if !validEntryName(f.Name) {
			return nil, fmt.Errorf("zip entry %q: must be a relative path of \"/\"-separated names, without \".\" or \"..\"", f.Name)
		}
		if seen[f.Name] {
			return nil, fmt.Errorf("zip entry %q: given twice", f.Name)
		}
		seen[f.Name] = true
		if f.Mode&^fs.ModePerm != 0 {
			return nil, fmt.Errorf("zip entry %q: mode %v is not a plain permission", f.Name, f.Mode)
		}
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range sorted {
		var deflated bytes.Buffer
		fw, err := flate.NewWriter(&deflated, flate.BestCompression)
		if err != nil {
			return nil, err
		}
		if _, err := fw.Write(f.Data); err != nil {
			return nil, err
		}
		if err := fw.Close(); err != nil {
			return nil, err
		}
		fh := &zip.FileHeader{
			Name:               f.Name,
			Method:             zip.Deflate,
			ModifiedDate:       ModDate,
			ModifiedTime:       ModTime,
			CRC32:              crc32.ChecksumIEEE(f.Data),
			CompressedSize64:   uint64(deflated.Len()),
			UncompressedSize64: uint64(len(f.Data)),
		}
		// Creator Unix (3), spec 2.0, so readers take the mode from the external
		// attributes. No flags: the sizes are in the local header (no data descriptor),
		// and ASCII names need no UTF-8 flag.
		fh.CreatorVersion = 3<<8 | 20
		fh.ReaderVersion = 20 // Deflate needs 2.0
		fh.ExternalAttrs = (0o100000 | uint32(f.Mode.Perm())) << 16
		w, err := zw.CreateRaw(fh)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(deflated.Bytes()); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// entryNameRE: printable ASCII path elements (the zip carries no UTF-8 flag).
var entryNameRE = regexp.MustCompile(`^[A-Za-z0-9_.@+-]+(/[A-Za-z0-9_.@+-]+)*$`)

func validEntryName(name string) bool {
	if !entryNameRE.MatchString(name) {
		return false
	}
	for _, e := range strings.Split(name, "/") {
		if e == "." || e == ".." {
			return false
		}
	}
	return true
}

// Files packages the regular files under dir (a module-relative directory such as
// "./canaries", read recursively) into a deterministic zip (ArchiveFiles), each entry
// named prefix + its path below dir and given mode 0644, and returns it written to the
// cache (<cache>/<Format>/<SHA-256 of the zip, hex>/<name>.zip, name being dir's last
// element). Files that are not regular (links, devices) are refused, and so are hidden
// files and directories (a stray editor file must not ship). Each directory is packaged
// once per process.
func Files(dir, prefix string) (Zip, error) { return defaultBuilder.Files(dir, prefix) }

var prefixRE = regexp.MustCompile(`^([A-Za-z0-9_.@+-]+/)*$`)

// Files packages dir (see the package function Files), once per Builder and prefix.
func (b *Builder) Files(dir, prefix string) (Zip, error) {
	if !pkgRE.MatchString(dir) || path.Clean(dir) != strings.TrimPrefix(dir, "./") || strings.Contains(dir, "/../") || strings.HasPrefix(dir, "./..") {
		return Zip{}, fmt.Errorf("artifact.Files %q: the directory must be a module-relative path like \"./canaries\" (no \"..\", no trailing \"/\")", dir)
	}
	if !prefixRE.MatchString(prefix) {
		return Zip{}, fmt.Errorf("artifact.Files %s: prefix %q must be empty or \"/\"-separated names ending with \"/\"", dir, prefix)
	}
	b.once.Do(b.init)
	// The go command is not needed to package files: only the root and cache matter.
	if b.Root == "" || b.CacheDir == "" {
		return Zip{}, fmt.Errorf("artifact.Files %s: %w", dir, b.err)
	}
	key := "files:" + prefix + ":" + dir
	b.mu.Lock()
	e, ok := b.built[key]
	if !ok {
		e = &build{}
		b.built[key] = e
	}
	b.mu.Unlock()
	e.once.Do(func() {
		e.zip, e.err = b.files(dir, prefix)
		if e.err != nil {
			e.err = fmt.Errorf("artifact.Files %s: %w", dir, e.err)
		}
	})
	return e.zip, e.err
}

func (b *Builder) files(dir, prefix string) (Zip, error) {
	root := filepath.Join(b.Root, filepath.FromSlash(strings.TrimPrefix(dir, "./")))
	var files []File
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if rel == "." {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return fmt.Errorf("%s: hidden files are not packaged; remove it", filepath.ToSlash(rel))
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s: not a regular file", filepath.ToSlash(rel))
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, File{Name: prefix + filepath.ToSlash(rel), Mode: 0o644, Data: data})
		return nil
	})
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Zip{}, fmt.Errorf("no directory %s under the module root", dir)
		}
		return Zip{}, err
	}
	if len(files) == 0 {
		return Zip{}, errors.New("no files to package")
	}
	data, err := ArchiveFiles(files)
	if err != nil {
		return Zip{}, err
	}
	sum := sha256.Sum256(data)
	cacheDir := filepath.Join(b.CacheDir, Format, hex.EncodeToString(sum[:]))
	zpath := filepath.Join(cacheDir, path.Base(dir)+".zip")
	if existing, err := os.ReadFile(zpath); err == nil && bytes.Equal(existing, data) {
		return describe(zpath, data), nil
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return Zip{}, err
	}
	// Write beside, then rename: a reader never sees half a zip.
	tmp, err := os.CreateTemp(cacheDir, ".part-")
	if err != nil {
		return Zip{}, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return Zip{}, err
	}
	if err := tmp.Close(); err != nil {
		return Zip{}, err
	}
	if err := os.Rename(tmp.Name(), zpath); err != nil {
		return Zip{}, err
	}
	return describe(zpath, data), nil
}

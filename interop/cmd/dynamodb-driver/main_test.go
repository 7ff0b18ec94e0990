package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunWithoutDatabase(t *testing.T) {
	script := "{\"op\":\"sleep\",\"ms\":1}\n{\"op\":\"features\"}\n"
	var out, errOut bytes.Buffer
	if code := run(nil, strings.NewReader(script), &out, &errOut); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], `"errorKind":"invalid-op"`) {
		t.Fatalf("stdout:\n%s", out.String())
	}

	out.Reset()
	if code := run([]string{"-strict", "-"}, strings.NewReader(script), &out, &errOut); code != 1 {
		t.Errorf("-strict with a failed op: exit %d, want 1", code)
	}

	path := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(path, []byte(`[{"op":"sleep","ms":0}]`), 0o600); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run([]string{path}, strings.NewReader(""), &out, &errOut); code != 0 || !strings.Contains(out.String(), `"op":"sleep","key":null,"ok":true`) {
		t.Errorf("file script: exit %d, stdout %s", code, out.String())
	}
}

func TestRunRejectsBadScripts(t *testing.T) {
	for _, in := range []string{"", "{", `{"op":"set","key":"k","bogus":1}`} {
		var out, errOut bytes.Buffer
		if code := run(nil, strings.NewReader(in), &out, &errOut); code != 2 || out.Len() != 0 {
			t.Errorf("script %q: exit %d, stdout %q", in, code, out.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"a", "b"}, strings.NewReader(""), &out, &errOut); code != 2 {
		t.Errorf("two arguments: exit %d", code)
	}
}

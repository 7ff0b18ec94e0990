package script

import (
	"strings"
	"testing"

	"github.com/dapr/components-contrib/state"
)

func parseOne(t *testing.T, s string) Op {
	t.Helper()
	ops, err := Parse(strings.NewReader(s))
	if err != nil {
		t.Fatalf("Parse(%s): %v", s, err)
	}
	if len(ops) != 1 {
		t.Fatalf("Parse(%s): %d ops, want 1", s, len(ops))
	}
	return ops[0]
}

func TestParseArrayAndLines(t *testing.T) {
	arr := `[{"op":"init","metadata":{"table":"tbl"}}, {"op":"get","key":"k"}]`
	lines := "{\"op\":\"init\",\"metadata\":{\"table\":\"tbl\"}}\n\n{\"op\":\"get\",\"key\":\"k\"}\n"
	for _, in := range []string{arr, lines} {
		ops, err := Parse(strings.NewReader(in))
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if len(ops) != 2 || ops[0].Op != OpInit || ops[0].Metadata["table"] != "tbl" || ops[1].Key != "k" {
			t.Fatalf("unexpected ops %+v", ops)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for name, in := range map[string]string{
		"empty":          "  \n",
		"unknown member": `{"op":"set","key":"k","etg":"x"}`,
		"nested unknown": `{"op":"multi","operations":[{"op":"set","key":"k","ttl":"1"}]}`,
		"not an object":  `[1]`,
		"null op":        `[null]`,
		"broken":         `{"op":"get"`,
		"metadata types": `{"op":"init","metadata":{"table":1}}`,
	} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("%s: Parse(%q) succeeded, want an error", name, in)
		}
	}
}

func TestETagAbsentNullAndEmpty(t *testing.T) {
	absent := parseOne(t, `{"op":"set","key":"k","string":"v"}`)
	null := parseOne(t, `{"op":"set","key":"k","string":"v","etag":null}`)
	empty := parseOne(t, `{"op":"set","key":"k","string":"v","etag":""}`)
	given := parseOne(t, `{"op":"delete","key":"k","etag":"bad-etag"}`)

	for name, op := range map[string]Op{"absent": absent, "null": null} {
		req, err := op.SetRequest()
		if err != nil {
			t.Fatal(err)
		}
		if req.ETag != nil {
			t.Errorf("%s: ETag = %q, want nil", name, *req.ETag)
		}
	}
	req, err := empty.SetRequest()
	if err != nil {
		t.Fatal(err)
	}
	if req.ETag == nil || *req.ETag != "" {
		t.Errorf("empty: ETag = %v, want pointer to \"\"", req.ETag)
	}
	if req.HasETag() {
		t.Errorf("empty ETag must not count as an ETag for the component")
	}
	del, err := given.DeleteRequest()
	if err != nil {
		t.Fatal(err)
	}
	if del.ETag == nil || *del.ETag != "bad-etag" {
		t.Errorf("delete ETag = %v", del.ETag)
	}
}

func TestValueKinds(t *testing.T) {
	// bytes: a non-nil []byte, also when empty
	op := parseOne(t, `{"op":"set","key":"k","bytesBase64":"AP+AQA=="}`)
	v, err := op.Value()
	if err != nil {
		t.Fatal(err)
	}
	if b, ok := v.([]byte); !ok || string(b) != "\x00\xff\x80\x40" {
		t.Errorf("bytes value = %#v", v)
	}
	op = parseOne(t, `{"op":"set","key":"k","bytesBase64":""}`)
	v, _ = op.Value()
	if b, ok := v.([]byte); !ok || b == nil || len(b) != 0 {
		t.Errorf("empty bytes value = %#v, want non-nil empty []byte", v)
	}

	// nilBytes: a nil []byte
	op = parseOne(t, `{"op":"set","key":"k","nilBytes":true}`)
	v, _ = op.Value()
	if b, ok := v.([]byte); !ok || b != nil {
		t.Errorf("nilBytes value = %#v, want []byte(nil)", v)
	}

	// json: decoded like daprd's HTTP API (numbers are float64)
	op = parseOne(t, `{"op":"set","key":"k","json":{"n":123,"f":3.14159265,"s":"x","a":[1,true,null]}}`)
	v, err = op.Value()
	if err != nil {
		t.Fatal(err)
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("json value = %#v, want map", v)
	}
	if n, ok := m["n"].(float64); !ok || n != 123 {
		t.Errorf("json number = %#v, want float64 123", m["n"])
	}
	if a, ok := m["a"].([]any); !ok || len(a) != 3 || a[2] != nil {
		t.Errorf("json array = %#v", m["a"])
	}
	op = parseOne(t, `{"op":"set","key":"k","json":123}`)
	if v, _ = op.Value(); v != float64(123) {
		t.Errorf("json scalar = %#v, want float64(123)", v)
	}

	// json null is a present value (nil interface), distinct from an absent value only in intent
	op = parseOne(t, `{"op":"set","key":"k","json":null}`)
	if !op.HasJSONValue() {
		t.Errorf("json null must count as a given json value")
	}
	if v, err = op.Value(); err != nil || v != nil {
		t.Errorf("json null value = %#v, %v", v, err)
	}

	// string: a Go string (the component JSON-encodes it: stored with quotes)
	op = parseOne(t, `{"op":"set","key":"k","string":"hello world"}`)
	if v, _ = op.Value(); v != "hello world" {
		t.Errorf("string value = %#v", v)
	}

	// none: nil interface
	op = parseOne(t, `{"op":"set","key":"k"}`)
	if v, err = op.Value(); err != nil || v != nil {
		t.Errorf("no value = %#v, %v", v, err)
	}

	// two kinds at once is an error
	op = parseOne(t, `{"op":"set","key":"k","string":"a","json":"a"}`)
	if _, err = op.Value(); err == nil {
		t.Errorf("two values accepted")
	}
	op = parseOne(t, `{"op":"set","key":"k","bytesBase64":"***"}`)
	if _, err = op.Value(); err == nil {
		t.Errorf("invalid base64 accepted")
	}
}

func TestSetRequestOptionsAndMetadata(t *testing.T) {
	op := parseOne(t, `{"op":"set","key":"k","string":"v","concurrency":"first-write","consistency":"strong","metadata":{"ttlInSeconds":"2"},"contentType":"application/json"}`)
	req, err := op.SetRequest()
	if err != nil {
		t.Fatal(err)
	}
	if req.Options.Concurrency != state.FirstWrite || req.Options.Consistency != state.Strong {
		t.Errorf("options = %+v", req.Options)
	}
	if req.Metadata["ttlInSeconds"] != "2" {
		t.Errorf("metadata = %v", req.Metadata)
	}
	if req.ContentType == nil || *req.ContentType != "application/json" {
		t.Errorf("contentType = %v", req.ContentType)
	}
	if _, err := (&Op{Op: OpSet}).SetRequest(); err == nil {
		t.Errorf("set without key accepted")
	}
}

func TestMultiRequest(t *testing.T) {
	op := parseOne(t, `{"op":"multi","metadata":{"partitionKey":"p"},"operations":[
		{"op":"delete","key":"k1"},
		{"op":"set","key":"k2","string":"value2"},
		{"op":"upsert","key":"k3","bytesBase64":"AQ==","etag":"e"},
		{"op":"delete","key":"k2","etag":"ignored-by-dynamodb"}]}`)
	req, err := op.MultiRequest()
	if err != nil {
		t.Fatal(err)
	}
	if req.Metadata["partitionKey"] != "p" || len(req.Operations) != 4 {
		t.Fatalf("req = %+v", req)
	}
	if d, ok := req.Operations[0].(state.DeleteRequest); !ok || d.Key != "k1" {
		t.Errorf("op 0 = %#v", req.Operations[0])
	}
	if s, ok := req.Operations[2].(state.SetRequest); !ok || s.ETag == nil || *s.ETag != "e" {
		t.Errorf("op 2 = %#v", req.Operations[2])
	}
	if _, err := parseOneNoFail(`{"op":"multi","operations":[{"op":"get","key":"k"}]}`).MultiRequest(); err == nil {
		t.Errorf("get inside multi accepted")
	}
	empty := parseOneNoFail(`{"op":"multi","operations":[]}`)
	if req, err := empty.MultiRequest(); err != nil || len(req.Operations) != 0 {
		t.Errorf("empty multi = %+v, %v", req, err)
	}
}

func parseOneNoFail(s string) *Op {
	ops, err := Parse(strings.NewReader(s))
	if err != nil || len(ops) != 1 {
		panic(err)
	}
	return &ops[0]
}

func TestBulkRequests(t *testing.T) {
	op := parseOne(t, `{"op":"bulkGet","keys":["a","doesnotexist"],"items":[{"key":"b","consistency":"strong"}]}`)
	gets, err := op.BulkGetRequests()
	if err != nil {
		t.Fatal(err)
	}
	if len(gets) != 3 || gets[1].Key != "doesnotexist" || gets[2].Options.Consistency != "strong" {
		t.Errorf("gets = %+v", gets)
	}

	op = parseOne(t, `{"op":"bulkSet","items":[{"key":"a","string":"x"},{"op":"set","key":"b","bytesBase64":"AQ==","etag":"bad-etag"}]}`)
	sets, err := op.BulkSetRequests()
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 2 || sets[0].Value != "x" || *sets[1].ETag != "bad-etag" {
		t.Errorf("sets = %+v", sets)
	}

	op = parseOne(t, `{"op":"bulkDelete","keys":["a"],"items":[{"key":"b","etag":"e"}]}`)
	dels, err := op.BulkDeleteRequests()
	if err != nil {
		t.Fatal(err)
	}
	if len(dels) != 2 || dels[0].ETag != nil || *dels[1].ETag != "e" {
		t.Errorf("dels = %+v", dels)
	}

	if _, err := parseOneNoFail(`{"op":"bulkSet","items":[{"op":"delete","key":"a"}]}`).BulkSetRequests(); err == nil {
		t.Errorf("delete inside bulkSet accepted")
	}
	if _, err := parseOneNoFail(`{"op":"bulkGet"}`).BulkGetRequests(); err == nil {
		t.Errorf("empty bulkGet accepted")
	}
}

func TestResolveETagRefs(t *testing.T) {
	e1 := "e1"
	lookup := func(name string) (*string, bool) {
		switch name {
		case "E1":
			return &e1, true
		case "none":
			return nil, true
		}
		return nil, false
	}
	op := parseOne(t, `{"op":"multi","operations":[{"op":"set","key":"a","string":"x","etagRef":"E1"},{"op":"delete","key":"b"}]}`)
	got, err := op.ResolveETagRefs(lookup)
	if err != nil {
		t.Fatal(err)
	}
	if e := got.Operations[0].ETag; e == nil || *e != "e1" || got.Operations[0].ETagRef != "" {
		t.Errorf("resolved = %+v", got.Operations[0])
	}
	if op.Operations[0].ETag != nil {
		t.Errorf("the original op was modified")
	}
	for _, bad := range []string{
		`{"op":"set","key":"a","etagRef":"missing"}`,
		`{"op":"set","key":"a","etagRef":"none"}`,
		`{"op":"set","key":"a","etagRef":"E1","etag":"x"}`,
		`{"op":"bulkSet","items":[{"key":"a","etagRef":"missing"}]}`,
	} {
		if _, err := parseOne(t, bad).ResolveETagRefs(lookup); err == nil {
			t.Errorf("%s resolved without error", bad)
		}
	}
}

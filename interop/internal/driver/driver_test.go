package driver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/dapr/components-contrib/metadata"
	"github.com/dapr/components-contrib/state"
	"github.com/dapr/kit/logger"

	"github.com/statedesk/interop/internal/script"
)

// fakeStore is an in-memory state store with just enough behaviour to exercise the
// runner: ETag checks on Set/Delete, a blocking key that ignores its context.
type fakeStore struct {
	state.BulkStore
	mu      sync.Mutex
	items   map[string]fakeItem
	next    int
	initErr error
	block   chan struct{}
}

type fakeItem struct {
	data []byte
	etag string
}

func newFake() *fakeStore {
	f := &fakeStore{items: map[string]fakeItem{}, block: make(chan struct{})}
	f.BulkStore = state.NewDefaultBulkStore(f)
	return f
}

func (f *fakeStore) Init(context.Context, state.Metadata) error { return f.initErr }
func (f *fakeStore) Features() []state.Feature {
	return []state.Feature{state.FeatureETag, state.FeatureTransactional}
}
func (f *fakeStore) Close() error                                   { return nil }
func (f *fakeStore) GetComponentMetadata() (m metadata.MetadataMap) { return m }

func (f *fakeStore) Get(ctx context.Context, req *state.GetRequest) (*state.GetResponse, error) {
	if req.Key == "blocks" {
		<-f.block // ignores ctx on purpose
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	it, ok := f.items[req.Key]
	if !ok {
		return &state.GetResponse{}, nil
	}
	e := it.etag
	return &state.GetResponse{Data: it.data, ETag: &e}, nil
}

func (f *fakeStore) Set(ctx context.Context, req *state.SetRequest) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	cur, ok := f.items[req.Key]
	if req.HasETag() && (!ok || cur.etag != *req.ETag) {
		return state.NewETagError(state.ETagMismatch, errors.New("condition failed"))
	}
	var data []byte
	switch v := req.Value.(type) {
	case []byte:
		data = v
	default:
		b, _ := json.Marshal(v)
		data = b
	}
	f.next++
	f.items[req.Key] = fakeItem{data: data, etag: fmt.Sprintf("e%d", f.next)}
	return nil
}

func (f *fakeStore) Delete(ctx context.Context, req *state.DeleteRequest) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	cur, ok := f.items[req.Key]
	if req.HasETag() && (!ok || cur.etag != *req.ETag) {
		return state.NewETagError(state.ETagMismatch, errors.New("condition failed"))
	}
	delete(f.items, req.Key)
	return nil
}

func (f *fakeStore) Multi(ctx context.Context, req *state.TransactionalStateRequest) error {
	return nil
}

func runScript(t *testing.T, f *fakeStore, cfg Config, src string) []map[string]any {
	t.Helper()
	ops, err := script.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cfg.Out = &out
	cfg.NewStore = func(logger.Logger) state.Store { return f }
	r := NewRunner(cfg)
	defer r.Close()
	if _, err := r.Run(context.Background(), ops); err != nil {
		t.Fatal(err)
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("result line %q is not JSON: %v", l, err)
		}
		lines = append(lines, m)
	}
	if len(lines) != len(ops) {
		t.Fatalf("%d result lines for %d ops", len(lines), len(ops))
	}
	return lines
}

func TestRunnerRoundTripAndETags(t *testing.T) {
	f := newFake()
	lines := runScript(t, f, Config{}, `
{"op":"get","key":"k"}
{"op":"init","metadata":{"table":"tbl"}}
{"op":"set","key":"k","bytesBase64":"AP8=","id":"first"}
{"op":"get","key":"k"}
{"op":"set","key":"k","string":"x","etag":"bad-etag"}
{"op":"delete","key":"k","etag":"e1"}
{"op":"get","key":"k"}
{"op":"nope"}
{"op":"bulkSet","items":[{"key":"a","string":"1"},{"key":"b","string":"2","etag":"bad-etag"}]}
{"op":"bulkGet","keys":["a","missing"]}
{"op":"multi","operations":[{"op":"set","key":"a","json":1},{"op":"delete","key":"a"}]}
{"op":"sleep","ms":1}
`)
	want := []struct {
		ok   bool
		kind any
	}{
		{false, KindInvalidOp}, {true, nil}, {true, nil}, {true, nil}, {false, KindETagMismatch},
		{true, nil}, {true, nil}, {false, KindInvalidOp}, {false, KindBulk}, {true, nil}, {true, nil}, {true, nil},
	}
	for i, w := range want {
		if lines[i]["ok"] != w.ok || lines[i]["errorKind"] != w.kind {
			t.Errorf("line %d = %v, want ok=%v errorKind=%v", i, lines[i], w.ok, w.kind)
		}
		if lines[i]["i"] != float64(i) {
			t.Errorf("line %d has i=%v", i, lines[i]["i"])
		}
	}
	if lines[2]["id"] != "first" {
		t.Errorf("id not echoed: %v", lines[2])
	}
	if lines[3]["dataBase64"] != "AP8=" || lines[3]["dataUtf8"] != nil || lines[3]["etag"] != "e1" {
		t.Errorf("get = %v", lines[3])
	}
	if lines[6]["dataBase64"] != nil || lines[6]["etag"] != nil {
		t.Errorf("get after delete = %v", lines[6])
	}
	errs := lines[8]["errors"].([]any)
	if len(errs) != 1 {
		t.Fatalf("bulk errors = %v", errs)
	}
	e := errs[0].(map[string]any)
	if e["key"] != "b" || e["errorKind"] != KindETagMismatch {
		t.Errorf("bulk error entry = %v", e)
	}
	results := lines[9]["results"].([]any)
	if len(results) != 2 || results[0].(map[string]any)["dataUtf8"] != `"1"` || results[1].(map[string]any)["dataBase64"] != nil {
		t.Errorf("bulkGet results = %v", results)
	}
	if feats := lines[1]["features"].([]any); len(feats) != 2 {
		t.Errorf("features = %v", feats)
	}
}

func TestResultMemberOrder(t *testing.T) {
	r := newResult(3, "", "get").withKey("k<&>")
	addData(r, []byte("hi"), nil, nil)
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"i":3,"op":"get","key":"k<&>","ok":true,"errorKind":null,"error":null,"dataBase64":"aGk=","dataUtf8":"hi","etag":null,"metadata":{}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

func TestClassify(t *testing.T) {
	mismatch := state.NewETagError(state.ETagMismatch, errors.New("x"))
	invalid := state.NewETagError(state.ETagInvalid, nil)
	cases := map[error]string{
		mismatch:                            KindETagMismatch,
		fmt.Errorf("wrapped: %w", mismatch): KindETagMismatch,
		invalid:                             KindETagInvalid,
		errors.New("boom"):                  KindOther,
		fmt.Errorf("x: %w", context.DeadlineExceeded): KindTimeout,
	}
	for err, want := range cases {
		if got := classify(err); got != want {
			t.Errorf("classify(%v) = %s, want %s", err, got, want)
		}
	}
}

func TestBulkOutcome(t *testing.T) {
	err := errors.Join(
		state.NewBulkStoreError("z", errors.New("boom")),
		nil,
		state.NewBulkStoreError("a", state.NewETagError(state.ETagMismatch, errors.New("cond"))),
	)
	res := bulkOutcome(newResult(0, "", "bulkDelete"), err)
	if res.OK || *res.ErrorKind != KindBulk {
		t.Fatalf("res = %+v", res)
	}
	v, _ := res.Extra("errors")
	entries := v.([]orderedObject)
	if len(entries) != 2 {
		t.Fatalf("entries = %v", entries)
	}
	if *entries[0][0].value.(*string) != "a" || entries[0][1].value != KindETagMismatch {
		t.Errorf("first entry = %v", entries[0])
	}
	if *entries[1][0].value.(*string) != "z" || entries[1][1].value != KindOther {
		t.Errorf("second entry = %v", entries[1])
	}
	ok := bulkOutcome(newResult(0, "", "bulkSet"), nil)
	if !ok.OK {
		t.Errorf("nil error must be ok")
	}
}

func TestOpTimeoutNeverHangs(t *testing.T) {
	f := newFake()
	defer close(f.block)
	start := time.Now()
	lines := runScript(t, f, Config{OpTimeout: 50 * time.Millisecond, Grace: 50 * time.Millisecond}, `
{"op":"init","metadata":{}}
{"op":"get","key":"blocks"}
{"op":"get","key":"k","timeoutMs":1000}
`)
	if lines[1]["ok"] != false || lines[1]["errorKind"] != KindTimeout || lines[1]["key"] != "blocks" {
		t.Errorf("blocking get = %v", lines[1])
	}
	if lines[2]["ok"] != true {
		t.Errorf("next op after a timeout = %v", lines[2])
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s", d)
	}
}

func TestFailedInitDropsComponent(t *testing.T) {
	f := newFake()
	f.initErr = errors.New("missing dynamodb table name")
	lines := runScript(t, f, Config{}, `
{"op":"init","metadata":{}}
{"op":"features"}
`)
	if lines[0]["ok"] != false || lines[0]["error"] != "missing dynamodb table name" || lines[0]["errorKind"] != KindOther {
		t.Errorf("init = %v", lines[0])
	}
	if lines[1]["errorKind"] != KindInvalidOp {
		t.Errorf("features after failed init = %v", lines[1])
	}
}

func TestDynamoDBJSONRoundTrip(t *testing.T) {
	src := `{"key":{"S":"k"},"value":{"B":"AP+AQA=="},"etag":{"S":"1"},"ttl":{"N":"12"},"l":{"L":[{"NULL":true},{"BOOL":false},{"M":{"x":{"SS":["a"]}}}]},"bs":{"BS":["AQ=="]},"ns":{"NS":["1"]}}`
	item, err := ItemFromJSON(json.RawMessage(src))
	if err != nil {
		t.Fatal(err)
	}
	if b := item["value"].(*types.AttributeValueMemberB).Value; string(b) != "\x00\xff\x80\x40" {
		t.Errorf("B = %x", b)
	}
	back, err := ItemToJSON(item)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(back)
	var a, b any
	_ = json.Unmarshal(got, &a)
	_ = json.Unmarshal([]byte(src), &b)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("round trip:\n got  %s\n want %s", got, src)
	}
	for _, bad := range []string{`{"v":{"S":"a","N":"1"}}`, `{"v":{"X":"a"}}`, `{"v":{"N":1}}`, `null`} {
		if _, err := ItemFromJSON(json.RawMessage(bad)); err == nil {
			t.Errorf("ItemFromJSON(%s) succeeded", bad)
		}
	}
}

func TestCaptureAndReferenceETags(t *testing.T) {
	f := newFake()
	lines := runScript(t, f, Config{}, `
{"op":"init","metadata":{}}
{"op":"set","key":"k","string":"v1"}
{"op":"get","key":"k","captureEtag":"E1"}
{"op":"set","key":"k","string":"v2","etagRef":"E1"}
{"op":"set","key":"k","string":"v3","etagRef":"E1"}
{"op":"get","key":"missing","captureEtag":"none"}
{"op":"delete","key":"k","etagRef":"none"}
{"op":"set","key":"k","string":"v","captureEtag":"X"}
`)
	kinds := []any{nil, nil, nil, nil, KindETagMismatch, nil, KindInvalidOp, KindInvalidOp}
	for i, k := range kinds {
		if lines[i]["errorKind"] != k {
			t.Errorf("line %d = %v, want errorKind %v", i, lines[i], k)
		}
	}
}

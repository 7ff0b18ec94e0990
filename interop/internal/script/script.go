// Package script parses the JSON scripts read by the dynamodb-driver command and turns
// their operations into the request types of Dapr's state component API.
//
// The package does not talk to any database; it is covered by plain unit tests.
package script

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dapr/components-contrib/state"
)

// Operation names understood by the driver.
const (
	OpInit        = "init"
	OpSet         = "set"
	OpGet         = "get"
	OpDelete      = "delete"
	OpBulkGet     = "bulkGet"
	OpBulkSet     = "bulkSet"
	OpBulkDelete  = "bulkDelete"
	OpMulti       = "multi"
	OpSleep       = "sleep"
	OpFeatures    = "features"
	OpCreateTable = "createTable" // test-setup helper, not part of Dapr's API
	OpDeleteTable = "deleteTable" // test-setup helper, not part of Dapr's API
	OpRawGet      = "rawGet"      // test helper: the item exactly as stored in DynamoDB
	OpRawPut      = "rawPut"      // test helper: write an item as given (e.g. a legacy item)
)

// KnownOps lists every operation name accepted at the top level of a script.
var KnownOps = []string{
	OpInit, OpSet, OpGet, OpDelete, OpBulkGet, OpBulkSet, OpBulkDelete, OpMulti,
	OpSleep, OpFeatures, OpCreateTable, OpDeleteTable, OpRawGet, OpRawPut,
}

// Op is one operation of a script. Which fields are meaningful depends on Op.Op;
// see interop/README.md for the full format.
type Op struct {
	Op string `json:"op"`
	// ID is an optional label echoed back in the result line.
	ID string `json:"id,omitempty"`

	Key  string   `json:"key,omitempty"`
	Keys []string `json:"keys,omitempty"`

	// Value of a set: at most one of BytesBase64, JSON, String, NilBytes.
	BytesBase64 *string         `json:"bytesBase64,omitempty"`
	JSON        json.RawMessage `json:"json,omitempty"`
	String      *string         `json:"string,omitempty"`
	NilBytes    bool            `json:"nilBytes,omitempty"`

	// ETag: absent (or JSON null) means "no ETag"; "" is passed on as a pointer to "".
	ETag *string `json:"etag,omitempty"`
	// ETagRef names an ETag captured earlier by a get with CaptureETag; the driver puts
	// it into ETag before the op runs (also inside bulk items and multi operations).
	ETagRef string `json:"etagRef,omitempty"`
	// CaptureETag (get only) stores the ETag the get returned under this name.
	CaptureETag string `json:"captureEtag,omitempty"`

	Concurrency string  `json:"concurrency,omitempty"`
	Consistency string  `json:"consistency,omitempty"`
	ContentType *string `json:"contentType,omitempty"`

	// Metadata is the component metadata for init and the table helpers, the request
	// metadata for set/get/delete, and the transaction metadata for multi.
	Metadata map[string]string `json:"metadata,omitempty"`

	Items       []Op `json:"items,omitempty"`
	Operations  []Op `json:"operations,omitempty"`
	Parallelism int  `json:"parallelism,omitempty"`

	Ms        int64 `json:"ms,omitempty"`
	TimeoutMs int64 `json:"timeoutMs,omitempty"`

	// Test helpers (createTable, deleteTable, rawGet, rawPut).
	Table            string          `json:"table,omitempty"`
	PartitionKey     string          `json:"partitionKey,omitempty"`
	PartitionKeyType string          `json:"partitionKeyType,omitempty"`
	SortKey          string          `json:"sortKey,omitempty"`
	TTLAttributeName string          `json:"ttlAttributeName,omitempty"`
	IfNotExists      bool            `json:"ifNotExists,omitempty"` // createTable: an existing table is fine
	IfExists         bool            `json:"ifExists,omitempty"`    // deleteTable: a missing table is fine
	Item             json.RawMessage `json:"item,omitempty"`

	// hasJSON records whether the "json" member was present, even as null.
	hasJSON bool
}

// HasJSONValue reports whether the op carried a "json" member (possibly null).
func (o *Op) HasJSONValue() bool { return o.hasJSON }

// UnmarshalJSON decodes one op strictly: unknown members are an error, so that a typo
// such as "ttlInSecond" or "etg" is reported instead of silently ignored.
func (o *Op) UnmarshalJSON(data []byte) error {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		return err
	}
	if members == nil {
		return errors.New("an operation must be a JSON object, not null")
	}
	type plain Op // no methods: avoids recursion
	var p plain
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return err
	}
	*o = Op(p)
	if raw, ok := members["json"]; ok {
		o.hasJSON = true
		o.JSON = append(json.RawMessage(nil), raw...)
	}
	return nil
}

// Parse reads a whole script: either one JSON array of ops, or a sequence of JSON objects
// (one per line, or simply concatenated).
func Parse(r io.Reader) ([]Op, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading script: %w", err)
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, errors.New("empty script")
	}
	var raws []json.RawMessage
	if trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &raws); err != nil {
			return nil, fmt.Errorf("script is not a valid JSON array: %w", err)
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		for {
			var raw json.RawMessage
			err := dec.Decode(&raw)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("script item %d is not valid JSON: %w", len(raws), err)
			}
			raws = append(raws, raw)
		}
	}
	ops := make([]Op, len(raws))
	for i, raw := range raws {
		if err := json.Unmarshal(raw, &ops[i]); err != nil {
			return nil, fmt.Errorf("script item %d: %w", i, err)
		}
	}
	return ops, nil
}

// IsKnownOp reports whether name is a top-level operation.
func IsKnownOp(name string) bool {
	for _, k := range KnownOps {
		if k == name {
			return true
		}
	}
	return false
}

// Value builds the Go value handed to the component for a set:
//   - bytesBase64: a non-nil []byte (also when empty)
//   - json: the value decoded by encoding/json into an `any`, as daprd's HTTP API does
//     (numbers become float64, objects map[string]any)
//   - string: a Go string
//   - nilBytes: a nil []byte
//   - none of them: a nil interface (the component stores JSON null)
func (o *Op) Value() (any, error) {
	n := 0
	if o.BytesBase64 != nil {
		n++
	}
	if o.hasJSON {
		n++
	}
	if o.String != nil {
		n++
	}
	if o.NilBytes {
		n++
	}
	if n > 1 {
		return nil, errors.New("give at most one of bytesBase64, json, string, nilBytes")
	}
	switch {
	case o.BytesBase64 != nil:
		b, err := base64.StdEncoding.DecodeString(*o.BytesBase64)
		if err != nil {
			return nil, fmt.Errorf("bytesBase64 is not valid standard base64: %w", err)
		}
		if b == nil {
			b = []byte{}
		}
		return b, nil
	case o.hasJSON:
		var v any
		if err := json.Unmarshal(o.JSON, &v); err != nil {
			return nil, fmt.Errorf("json value: %w", err)
		}
		return v, nil
	case o.String != nil:
		return *o.String, nil
	case o.NilBytes:
		return []byte(nil), nil
	default:
		return nil, nil
	}
}

func copyETag(e *string) *string {
	if e == nil {
		return nil
	}
	s := *e
	return &s
}

// SetRequest converts a set op (also an item of bulkSet or multi).
func (o *Op) SetRequest() (state.SetRequest, error) {
	if o.Key == "" {
		return state.SetRequest{}, errors.New("set needs a non-empty key")
	}
	v, err := o.Value()
	if err != nil {
		return state.SetRequest{}, err
	}
	return state.SetRequest{
		Key:         o.Key,
		Value:       v,
		ETag:        copyETag(o.ETag),
		Metadata:    o.Metadata,
		ContentType: o.ContentType,
		Options: state.SetStateOption{
			Concurrency: o.Concurrency,
			Consistency: o.Consistency,
		},
	}, nil
}

// DeleteRequest converts a delete op (also an item of bulkDelete or multi).
func (o *Op) DeleteRequest() (state.DeleteRequest, error) {
	if o.Key == "" {
		return state.DeleteRequest{}, errors.New("delete needs a non-empty key")
	}
	if o.BytesBase64 != nil || o.hasJSON || o.String != nil || o.NilBytes {
		return state.DeleteRequest{}, errors.New("delete takes no value")
	}
	return state.DeleteRequest{
		Key:      o.Key,
		ETag:     copyETag(o.ETag),
		Metadata: o.Metadata,
		Options: state.DeleteStateOption{
			Concurrency: o.Concurrency,
			Consistency: o.Consistency,
		},
	}, nil
}

// GetRequest converts a get op.
func (o *Op) GetRequest() (state.GetRequest, error) {
	if o.Key == "" {
		return state.GetRequest{}, errors.New("get needs a non-empty key")
	}
	return state.GetRequest{
		Key:      o.Key,
		Metadata: o.Metadata,
		Options:  state.GetStateOption{Consistency: o.Consistency},
	}, nil
}

// BulkGetRequests converts a bulkGet op: "keys" (strings) and/or "items" (get ops).
// The op-level consistency and metadata apply to keys given in "keys".
func (o *Op) BulkGetRequests() ([]state.GetRequest, error) {
	reqs := make([]state.GetRequest, 0, len(o.Keys)+len(o.Items))
	for _, k := range o.Keys {
		if k == "" {
			return nil, errors.New("bulkGet: empty key")
		}
		reqs = append(reqs, state.GetRequest{
			Key:      k,
			Metadata: o.Metadata,
			Options:  state.GetStateOption{Consistency: o.Consistency},
		})
	}
	for i := range o.Items {
		it := &o.Items[i]
		if it.Op != "" && it.Op != OpGet {
			return nil, fmt.Errorf("bulkGet item %d: op must be %q or omitted, got %q", i, OpGet, it.Op)
		}
		r, err := it.GetRequest()
		if err != nil {
			return nil, fmt.Errorf("bulkGet item %d: %w", i, err)
		}
		reqs = append(reqs, r)
	}
	if len(reqs) == 0 {
		return nil, errors.New("bulkGet needs keys or items")
	}
	return reqs, nil
}

// BulkSetRequests converts the items of a bulkSet op (each a set op; "op" may be omitted).
func (o *Op) BulkSetRequests() ([]state.SetRequest, error) {
	if len(o.Items) == 0 {
		return nil, errors.New("bulkSet needs items")
	}
	reqs := make([]state.SetRequest, len(o.Items))
	for i := range o.Items {
		it := &o.Items[i]
		if it.Op != "" && it.Op != OpSet {
			return nil, fmt.Errorf("bulkSet item %d: op must be %q or omitted, got %q", i, OpSet, it.Op)
		}
		r, err := it.SetRequest()
		if err != nil {
			return nil, fmt.Errorf("bulkSet item %d: %w", i, err)
		}
		reqs[i] = r
	}
	return reqs, nil
}

// BulkDeleteRequests converts the items of a bulkDelete op (each a delete op; "op" may be
// omitted), plus plain "keys" (deleted without ETag).
func (o *Op) BulkDeleteRequests() ([]state.DeleteRequest, error) {
	reqs := make([]state.DeleteRequest, 0, len(o.Keys)+len(o.Items))
	for _, k := range o.Keys {
		if k == "" {
			return nil, errors.New("bulkDelete: empty key")
		}
		reqs = append(reqs, state.DeleteRequest{Key: k})
	}
	for i := range o.Items {
		it := &o.Items[i]
		if it.Op != "" && it.Op != OpDelete {
			return nil, fmt.Errorf("bulkDelete item %d: op must be %q or omitted, got %q", i, OpDelete, it.Op)
		}
		r, err := it.DeleteRequest()
		if err != nil {
			return nil, fmt.Errorf("bulkDelete item %d: %w", i, err)
		}
		reqs = append(reqs, r)
	}
	if len(reqs) == 0 {
		return nil, errors.New("bulkDelete needs items or keys")
	}
	return reqs, nil
}

// MultiRequest converts a multi op. Each operation must say "op":"set" (alias "upsert")
// or "op":"delete". An empty list is allowed (the component treats it as a no-op).
func (o *Op) MultiRequest() (*state.TransactionalStateRequest, error) {
	req := &state.TransactionalStateRequest{
		Operations: make([]state.TransactionalStateOperation, 0, len(o.Operations)),
		Metadata:   o.Metadata,
	}
	for i := range o.Operations {
		it := &o.Operations[i]
		switch strings.TrimSpace(it.Op) {
		case OpSet, "upsert":
			r, err := it.SetRequest()
			if err != nil {
				return nil, fmt.Errorf("multi operation %d: %w", i, err)
			}
			req.Operations = append(req.Operations, r)
		case OpDelete:
			r, err := it.DeleteRequest()
			if err != nil {
				return nil, fmt.Errorf("multi operation %d: %w", i, err)
			}
			req.Operations = append(req.Operations, r)
		default:
			return nil, fmt.Errorf("multi operation %d: op must be %q, \"upsert\" or %q, got %q", i, OpSet, OpDelete, it.Op)
		}
	}
	return req, nil
}

// ResolveETagRefs returns a copy of o in which every etagRef (at the top level, in bulk
// items and in multi operations) is replaced by the captured ETag it names. An op that
// gives both etag and etagRef, or names an unknown or null capture, is an error.
func (o Op) ResolveETagRefs(lookup func(name string) (etag *string, ok bool)) (Op, error) {
	if o.ETagRef != "" {
		if o.ETag != nil {
			return o, errors.New("give etag or etagRef, not both")
		}
		e, ok := lookup(o.ETagRef)
		if !ok {
			return o, fmt.Errorf("etagRef %q: nothing captured under that name", o.ETagRef)
		}
		if e == nil {
			return o, fmt.Errorf("etagRef %q: the get that captured it returned no ETag", o.ETagRef)
		}
		v := *e
		o.ETag = &v
		o.ETagRef = ""
	}
	for _, list := range []*[]Op{&o.Items, &o.Operations} {
		if len(*list) == 0 {
			continue
		}
		resolved := make([]Op, len(*list))
		for i := range *list {
			r, err := (*list)[i].ResolveETagRefs(lookup)
			if err != nil {
				return o, fmt.Errorf("item %d: %w", i, err)
			}
			resolved[i] = r
		}
		*list = resolved
	}
	return o, nil
}

package driver

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"unicode/utf8"
)

// Error kinds reported in the "errorKind" member of a result line.
const (
	KindETagMismatch = "etag-mismatch" // state.ETagError of kind mismatch
	KindETagInvalid  = "etag-invalid"  // state.ETagError of kind invalid
	KindBulk         = "bulk"          // bulkSet/bulkDelete: per-key errors in "errors"
	KindTimeout      = "timeout"       // the op's deadline passed
	KindInvalidOp    = "invalid-op"    // the script op itself is wrong; nothing was sent
	KindOther        = "other"         // any other error from the component or DynamoDB
)

type field struct {
	name  string
	value any
}

// Result is one output line. Members are written in a fixed order: i, id (if set), op,
// key, ok, errorKind, error, then op-specific members in the order they were added.
type Result struct {
	I         int
	ID        string
	Op        string
	Key       *string
	OK        bool
	ErrorKind *string
	Error     *string
	extra     []field
}

func newResult(i int, id, op string) *Result {
	return &Result{I: i, ID: id, Op: op, OK: true}
}

func (r *Result) withKey(k string) *Result {
	r.Key = &k
	return r
}

// Add appends an op-specific member.
func (r *Result) Add(name string, value any) *Result {
	r.extra = append(r.extra, field{name, value})
	return r
}

// Fail marks the result as failed.
func (r *Result) Fail(kind string, msg string) *Result {
	r.OK = false
	r.ErrorKind = &kind
	r.Error = &msg
	return r
}

// Extra returns the value of an op-specific member (for tests).
func (r *Result) Extra(name string) (any, bool) {
	for _, f := range r.extra {
		if f.name == name {
			return f.value, true
		}
	}
	return nil, false
}

func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// MarshalJSON writes the members in their fixed order, without HTML escaping.
func (r *Result) MarshalJSON() ([]byte, error) {
	fields := make([]field, 0, 8+len(r.extra))
	fields = append(fields, field{"i", r.I})
	if r.ID != "" {
		fields = append(fields, field{"id", r.ID})
	}
	fields = append(fields,
		field{"op", r.Op},
		field{"key", r.Key},
		field{"ok", r.OK},
		field{"errorKind", r.ErrorKind},
		field{"error", r.Error},
	)
	fields = append(fields, r.extra...)
	return orderedObject(fields).MarshalJSON()
}

// dataView is how a value read through the component is shown: base64 of the bytes
// (null when the component returned nil data), and the same bytes as text when they are
// valid UTF-8 (null otherwise), for people reading the output.
type dataView struct {
	Base64 *string
	UTF8   *string
}

func viewData(data []byte) dataView {
	if data == nil {
		return dataView{}
	}
	s := base64.StdEncoding.EncodeToString(data)
	v := dataView{Base64: &s}
	if utf8.Valid(data) {
		t := string(data)
		v.UTF8 = &t
	}
	return v
}

func nonNilMap(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

// orderedObject is a JSON object with members in insertion order.
type orderedObject []field

func (o orderedObject) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for n, f := range o {
		if n > 0 {
			buf.WriteByte(',')
		}
		name, _ := marshalNoEscape(f.name)
		buf.Write(name)
		buf.WriteByte(':')
		val, err := marshalNoEscape(f.value)
		if err != nil {
			return nil, err
		}
		buf.Write(val)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

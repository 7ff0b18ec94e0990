// Package driver runs parsed scripts against a Dapr state store (in production: Dapr's
// own state.aws.dynamodb component) and writes one JSON result line per operation.
package driver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/dapr/components-contrib/metadata"
	"github.com/dapr/components-contrib/state"
	"github.com/dapr/kit/logger"

	"github.com/statedesk/interop/internal/script"
)

// Config configures a Runner.
type Config struct {
	// Out receives the result lines.
	Out io.Writer
	// Logger is handed to the component (it must not write to Out).
	Logger logger.Logger
	// NewStore creates the component; called by every init op.
	NewStore func(logger.Logger) state.Store
	// ComponentName is the name given to the component in its metadata.
	ComponentName string
	// InitTimeout bounds an init op, OpTimeout every other op (a script op's timeoutMs
	// overrides both). A sleep op is bounded by its own duration only.
	InitTimeout time.Duration
	OpTimeout   time.Duration
	// Grace is how long an op may take to return after its deadline before the driver
	// gives up waiting for it and reports a timeout on its own.
	Grace time.Duration
}

// Runner executes script ops in order. It is not safe for concurrent use.
type Runner struct {
	cfg      Config
	store    state.Store
	initMeta map[string]string
	etags    map[string]*string // ETags captured by get ops with captureEtag
}

// NewRunner returns a Runner with defaults filled in.
func NewRunner(cfg Config) *Runner {
	if cfg.Logger == nil {
		cfg.Logger = logger.NewLogger("statedesk.interop")
		cfg.Logger.SetOutput(io.Discard)
	}
	if cfg.ComponentName == "" {
		cfg.ComponentName = "statestore"
	}
	if cfg.InitTimeout <= 0 {
		cfg.InitTimeout = 30 * time.Second
	}
	if cfg.OpTimeout <= 0 {
		cfg.OpTimeout = 30 * time.Second
	}
	if cfg.Grace <= 0 {
		cfg.Grace = 2 * time.Second
	}
	return &Runner{cfg: cfg}
}

// Close closes the component, if one was initialised.
func (r *Runner) Close() error {
	if r.store == nil {
		return nil
	}
	err := r.store.Close()
	r.store = nil
	return err
}

// Run executes all ops and writes their results. It returns the number of failed ops.
// It stops early only when ctx ends.
func (r *Runner) Run(ctx context.Context, ops []script.Op) (failed int, err error) {
	for i := range ops {
		if ctx.Err() != nil {
			return failed, ctx.Err()
		}
		res := r.Exec(ctx, i, &ops[i])
		if !res.OK {
			failed++
		}
		if werr := r.Write(res); werr != nil {
			return failed, werr
		}
	}
	return failed, nil
}

// Write writes one result line.
func (r *Runner) Write(res *Result) error {
	b, err := res.MarshalJSON()
	if err != nil {
		return err
	}
	_, err = r.cfg.Out.Write(append(b, '\n'))
	return err
}

// Exec runs one op with its deadline and returns its result; it never panics and returns
// at the latest Grace after the op's deadline.
func (r *Runner) Exec(ctx context.Context, i int, op *script.Op) *Result {
	res := newResult(i, op.ID, op.Op)
	switch op.Op {
	case script.OpSet, script.OpGet, script.OpDelete, script.OpRawGet:
		res.withKey(op.Key)
	}
	if !script.IsKnownOp(op.Op) {
		return res.Fail(KindInvalidOp, fmt.Sprintf("unknown op %q", op.Op))
	}
	if op.Op == script.OpSleep {
		return r.sleep(ctx, res, op)
	}
	if op.CaptureETag != "" && op.Op != script.OpGet {
		return res.Fail(KindInvalidOp, "captureEtag is only allowed on get")
	}
	resolved, err := op.ResolveETagRefs(func(name string) (*string, bool) {
		e, ok := r.etags[name]
		return e, ok
	})
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	op = &resolved

	timeout := r.cfg.OpTimeout
	if op.Op == script.OpInit {
		timeout = r.cfg.InitTimeout
	}
	if op.TimeoutMs > 0 {
		timeout = time.Duration(op.TimeoutMs) * time.Millisecond
	}
	opCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	// The op runs in its own goroutine so that a call ignoring its context cannot stall
	// the script. It works on a snapshot of the component; a new component made by init
	// is adopted here only when init came back in time, otherwise it is closed.
	type outcome struct {
		res      *Result
		newStore state.Store
		newMeta  map[string]string
	}
	done := make(chan outcome, 1)
	abandoned := make(chan struct{})
	snapshot := &Runner{cfg: r.cfg, store: r.store, initMeta: r.initMeta}
	go func() {
		var out outcome
		defer func() {
			if p := recover(); p != nil {
				out = outcome{res: res.Fail(KindOther, fmt.Sprintf("panic: %v", p))}
			}
			select {
			case done <- out:
			case <-abandoned:
				if out.newStore != nil {
					_ = out.newStore.Close()
				}
			}
		}()
		out.res = snapshot.dispatch(opCtx, res, op)
		if op.Op == script.OpInit && out.res.OK {
			out.newStore, out.newMeta = snapshot.store, snapshot.initMeta
		}
	}()

	adopt := func(out outcome) *Result {
		if op.Op == script.OpInit {
			// init replaces the component even when it fails: the old one was closed.
			r.store, r.initMeta = out.newStore, out.newMeta
		}
		if op.CaptureETag != "" && out.res.OK {
			if v, ok := out.res.Extra("etag"); ok {
				if r.etags == nil {
					r.etags = map[string]*string{}
				}
				r.etags[op.CaptureETag], _ = v.(*string)
			}
		}
		return out.res
	}
	select {
	case out := <-done:
		return adopt(out)
	case <-opCtx.Done():
	}
	// Give the call a moment to come back with its own error text.
	grace := time.NewTimer(r.cfg.Grace)
	defer grace.Stop()
	select {
	case out := <-done:
		return adopt(out)
	case <-grace.C:
		close(abandoned)
		if op.Op == script.OpInit {
			r.store, r.initMeta = nil, nil
		}
		// The goroutine may still be running; hand back a fresh result so that it
		// cannot race with a late write to res.
		late := newResult(i, op.ID, op.Op)
		late.Key = res.Key
		return late.Fail(KindTimeout, fmt.Sprintf("op did not return within %s (+%s grace)", timeout, r.cfg.Grace))
	}
}

func (r *Runner) sleep(ctx context.Context, res *Result, op *script.Op) *Result {
	if op.Ms < 0 {
		return res.Fail(KindInvalidOp, "sleep needs ms >= 0")
	}
	t := time.NewTimer(time.Duration(op.Ms) * time.Millisecond)
	defer t.Stop()
	select {
	case <-t.C:
		return res
	case <-ctx.Done():
		return res.Fail(KindTimeout, ctx.Err().Error())
	}
}

func (r *Runner) needStore(res *Result) bool {
	if r.store == nil {
		res.Fail(KindInvalidOp, "no component: run an init op first (or the last init failed)")
		return false
	}
	return true
}

func (r *Runner) dispatch(ctx context.Context, res *Result, op *script.Op) *Result {
	switch op.Op {
	case script.OpInit:
		return r.doInit(ctx, res, op)
	case script.OpFeatures:
		if !r.needStore(res) {
			return res
		}
		return r.addFeatures(res)
	case script.OpSet:
		req, err := op.SetRequest()
		if err != nil {
			return res.Fail(KindInvalidOp, err.Error())
		}
		if !r.needStore(res) {
			return res
		}
		return failOn(res, r.store.Set(ctx, &req))
	case script.OpDelete:
		req, err := op.DeleteRequest()
		if err != nil {
			return res.Fail(KindInvalidOp, err.Error())
		}
		if !r.needStore(res) {
			return res
		}
		return failOn(res, r.store.Delete(ctx, &req))
	case script.OpGet:
		return r.doGet(ctx, res, op)
	case script.OpBulkGet:
		return r.doBulkGet(ctx, res, op)
	case script.OpBulkSet:
		reqs, err := op.BulkSetRequests()
		if err != nil {
			return res.Fail(KindInvalidOp, err.Error())
		}
		if !r.needStore(res) {
			return res
		}
		keys := make([]string, len(reqs))
		for n := range reqs {
			keys[n] = reqs[n].Key
		}
		res.Add("keys", keys)
		return bulkOutcome(res, r.store.BulkSet(ctx, reqs, state.BulkStoreOpts{Parallelism: op.Parallelism}))
	case script.OpBulkDelete:
		reqs, err := op.BulkDeleteRequests()
		if err != nil {
			return res.Fail(KindInvalidOp, err.Error())
		}
		if !r.needStore(res) {
			return res
		}
		keys := make([]string, len(reqs))
		for n := range reqs {
			keys[n] = reqs[n].Key
		}
		res.Add("keys", keys)
		return bulkOutcome(res, r.store.BulkDelete(ctx, reqs, state.BulkStoreOpts{Parallelism: op.Parallelism}))
	case script.OpMulti:
		req, err := op.MultiRequest()
		if err != nil {
			return res.Fail(KindInvalidOp, err.Error())
		}
		if !r.needStore(res) {
			return res
		}
		ts, ok := r.store.(state.TransactionalStore)
		if !ok {
			return res.Fail(KindOther, "the component does not implement state.TransactionalStore")
		}
		keys := make([]string, len(req.Operations))
		for n, o := range req.Operations {
			keys[n] = o.GetKey()
		}
		res.Add("keys", keys)
		return failOn(res, ts.Multi(ctx, req))
	case script.OpCreateTable:
		return r.doCreateTable(ctx, res, op)
	case script.OpDeleteTable:
		return r.doDeleteTable(ctx, res, op)
	case script.OpRawGet:
		return r.doRawGet(ctx, res, op)
	case script.OpRawPut:
		return r.doRawPut(ctx, res, op)
	}
	return res.Fail(KindInvalidOp, fmt.Sprintf("unknown op %q", op.Op))
}

func (r *Runner) doInit(ctx context.Context, res *Result, op *script.Op) *Result {
	if r.store != nil {
		_ = r.store.Close()
		r.store = nil
		r.initMeta = nil
	}
	props := make(map[string]string, len(op.Metadata))
	for k, v := range op.Metadata {
		props[k] = v
	}
	store := r.cfg.NewStore(r.cfg.Logger)
	err := store.Init(ctx, state.Metadata{Base: metadata.Base{Name: r.cfg.ComponentName, Properties: props}})
	if err != nil {
		_ = store.Close()
		return res.Fail(classify(err), err.Error())
	}
	r.store = store
	r.initMeta = props
	return r.addFeatures(res)
}

func (r *Runner) addFeatures(res *Result) *Result {
	feats := r.store.Features()
	names := make([]string, len(feats))
	for n, f := range feats {
		names[n] = string(f)
	}
	res.Add("features", names)
	if m, ok := r.store.(state.TransactionalStoreMultiMaxSize); ok {
		res.Add("multiMaxSize", m.MultiMaxSize())
	}
	return res
}

func addData(res *Result, data []byte, etag *string, md map[string]string) {
	v := viewData(data)
	res.Add("dataBase64", v.Base64)
	res.Add("dataUtf8", v.UTF8)
	res.Add("etag", etag)
	res.Add("metadata", nonNilMap(md))
}

func (r *Runner) doGet(ctx context.Context, res *Result, op *script.Op) *Result {
	req, err := op.GetRequest()
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	if !r.needStore(res) {
		return res
	}
	resp, err := r.store.Get(ctx, &req)
	if err != nil {
		addData(res, nil, nil, nil)
		return res.Fail(classify(err), err.Error())
	}
	if resp == nil {
		resp = &state.GetResponse{}
	}
	addData(res, resp.Data, resp.ETag, resp.Metadata)
	if resp.ContentType != nil {
		res.Add("contentType", *resp.ContentType)
	}
	return res
}

func (r *Runner) doBulkGet(ctx context.Context, res *Result, op *script.Op) *Result {
	reqs, err := op.BulkGetRequests()
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	if !r.needStore(res) {
		return res
	}
	resps, err := r.store.BulkGet(ctx, reqs, state.BulkGetOpts{Parallelism: op.Parallelism})
	if err != nil {
		return res.Fail(classify(err), err.Error())
	}
	items := make([]orderedObject, 0, len(resps))
	perKeyErrors := 0
	for _, br := range resps {
		v := viewData(br.Data)
		var e *string
		if br.Error != "" {
			s := br.Error
			e = &s
			perKeyErrors++
		}
		items = append(items, orderedObject{
			{"key", br.Key},
			{"dataBase64", v.Base64},
			{"dataUtf8", v.UTF8},
			{"etag", br.ETag},
			{"metadata", nonNilMap(br.Metadata)},
			{"error", e},
		})
	}
	res.Add("results", items)
	if perKeyErrors > 0 {
		// The component reports per-key failures inside the results, not as an error.
		res.Fail(KindBulk, fmt.Sprintf("%d of %d keys failed", perKeyErrors, len(resps)))
	}
	return res
}

func failOn(res *Result, err error) *Result {
	if err == nil {
		return res
	}
	return res.Fail(classify(err), err.Error())
}

// classify maps an error to an error kind. ETag errors are recognised through
// errors.As, so wrapping does not hide them.
func classify(err error) string {
	var etagErr *state.ETagError
	if errors.As(err, &etagErr) {
		switch etagErr.Kind() {
		case state.ETagMismatch:
			return KindETagMismatch
		case state.ETagInvalid:
			return KindETagInvalid
		}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return KindTimeout
	}
	return KindOther
}

// bulkOutcome reports a BulkSet/BulkDelete error: the component returns errors.Join of one
// state.BulkStoreError per failed key. Each becomes an entry of "errors"
// ({key, errorKind, error}), sorted by key; the op's errorKind is "bulk".
func bulkOutcome(res *Result, err error) *Result {
	entries := []orderedObject{}
	if err == nil {
		res.Add("errors", entries)
		return res
	}
	var list []error
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		list = u.Unwrap()
	} else {
		list = []error{err}
	}
	type keyed struct {
		key  *string
		kind string
		msg  string
	}
	var ks []keyed
	for _, e := range list {
		if e == nil {
			continue
		}
		var bse state.BulkStoreError
		if errors.As(e, &bse) {
			k := bse.Key()
			kind := KindOther
			if ee := bse.ETagError(); ee != nil {
				kind = classify(ee)
			} else {
				kind = classify(e)
			}
			ks = append(ks, keyed{&k, kind, e.Error()})
		} else {
			ks = append(ks, keyed{nil, classify(e), e.Error()})
		}
	}
	sort.SliceStable(ks, func(a, b int) bool {
		if ks[a].key == nil || ks[b].key == nil {
			return ks[b].key == nil && ks[a].key != nil
		}
		return *ks[a].key < *ks[b].key
	})
	for _, k := range ks {
		entries = append(entries, orderedObject{{"key", k.key}, {"errorKind", k.kind}, {"error", k.msg}})
	}
	res.Add("errors", entries)
	return res.Fail(KindBulk, err.Error())
}

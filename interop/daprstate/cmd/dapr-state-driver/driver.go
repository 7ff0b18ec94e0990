package main

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/dapr/components-contrib/metadata"
	contribstate "github.com/dapr/components-contrib/state"
	ddb "github.com/dapr/components-contrib/state/aws/dynamodb"
	"github.com/dapr/dapr/pkg/actors/api"
	actorstate "github.com/dapr/dapr/pkg/actors/state"
	"github.com/dapr/dapr/pkg/resiliency"
	"github.com/dapr/dapr/pkg/runtime/compstore"
	wfstate "github.com/dapr/dapr/pkg/runtime/wfengine/state"
	"github.com/dapr/durabletask-go/api/protos"
	"github.com/dapr/durabletask-go/backend"
	"github.com/dapr/durabletask-go/backend/runtimestate"
	"github.com/dapr/kit/logger"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// request is one line of input. Workflow ops need an earlier init.
type request struct {
	Op string `json:"op"`

	// init
	Metadata  map[string]string `json:"metadata,omitempty"`
	AppID     string            `json:"appId,omitempty"`
	Namespace string            `json:"namespace,omitempty"`

	// saveWorkflow, loadWorkflow, purgeWorkflow
	InstanceID   string   `json:"instanceId,omitempty"`
	History      []string `json:"history,omitempty"` // base64 of protobuf HistoryEvent
	Inbox        []string `json:"inbox,omitempty"`
	CustomStatus *string  `json:"customStatus,omitempty"`
	Generation   uint64   `json:"generation,omitempty"`

	// encrypt, decrypt
	Primary   *keyRef `json:"primary,omitempty"`
	Secondary *keyRef `json:"secondary,omitempty"`
	ValueB64  string  `json:"valueBase64,omitempty"`
}

const storeName = "statestore"

type driver struct {
	log       logger.Logger
	store     contribstate.Store
	actors    actorstate.Interface
	options   wfstate.Options
	encrypted int
}

func newDriver(log logger.Logger) *driver {
	return &driver{log: log}
}

func (d *driver) close() {
	if d.store != nil {
		_ = d.store.Close()
	}
}

func (d *driver) exec(ctx context.Context, req *request) map[string]any {
	var res map[string]any
	var err error
	switch req.Op {
	case "init":
		res, err = d.init(ctx, req)
	case "saveWorkflow":
		res, err = d.saveWorkflow(ctx, req)
	case "loadWorkflow":
		res, err = d.loadWorkflow(ctx, req)
	case "purgeWorkflow":
		res, err = d.purgeWorkflow(ctx, req)
	case "encrypt":
		res, err = d.encrypt(req)
	case "decrypt":
		res, err = d.decrypt(req)
	default:
		err = fmt.Errorf("unknown op %q", req.Op)
	}
	if err != nil {
		return map[string]any{"ok": false, "error": err.Error()}
	}
	res["ok"] = true
	return res
}

// init starts Dapr's DynamoDB component and daprd's actor state layer over it, as daprd does for its actor state
// store: keys APPID||dapr.internal.NS.APPID.workflow||INSTANCE||KEY.
func (d *driver) init(ctx context.Context, req *request) (map[string]any, error) {
	d.close()
	store := ddb.NewDynamoDBStateStore(d.log)
	if err := store.Init(ctx, contribstate.Metadata{Base: metadataOf(req.Metadata)}); err != nil {
		return nil, err
	}
	components := compstore.New()
	components.AddStateStore(storeName, store)
	d.store = store
	d.actors = actorstate.New(actorstate.Options{
		AppID:      req.AppID,
		StoreName:  storeName,
		CompStore:  components,
		Resiliency: resiliency.New(d.log),
	})
	prefix := "dapr.internal." + req.Namespace + "." + req.AppID
	d.options = wfstate.Options{
		AppID:             req.AppID,
		WorkflowActorType: prefix + ".workflow",
		ActivityActorType: prefix + ".activity",
	}
	return map[string]any{"workflowActorType": d.options.WorkflowActorType}, nil
}

// saveWorkflow lets Dapr's workflow state write an instance: the events are added as the workflow actor adds them,
// and the save request is daprd's own (one actor transaction).
func (d *driver) saveWorkflow(ctx context.Context, req *request) (map[string]any, error) {
	if d.actors == nil {
		return nil, errors.New("no init yet")
	}
	st := wfstate.NewState(d.options)
	if req.Generation > 0 {
		st.Generation = req.Generation
	}
	history, err := events(req.History)
	if err != nil {
		return nil, err
	}
	inbox, err := events(req.Inbox)
	if err != nil {
		return nil, err
	}
	for _, e := range history {
		st.AddToHistory(e)
	}
	for _, e := range inbox {
		st.AddToInbox(e)
	}
	if req.CustomStatus != nil {
		st.CustomStatus = wrapperspb.String(*req.CustomStatus)
	}
	save, err := st.GetSaveRequest(req.InstanceID)
	if err != nil {
		return nil, err
	}
	if err = d.actors.TransactionalStateOperation(ctx, true, save, false); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(save.Operations))
	for _, op := range save.Operations {
		switch x := op.Request.(type) {
		case api.TransactionalUpsert:
			keys = append(keys, x.Key)
		case api.TransactionalDelete:
			keys = append(keys, "-"+x.Key)
		}
	}
	return map[string]any{"keys": keys}, nil
}

// loadWorkflow is daprd's LoadWorkflowState; the status is durabletask's, from the loaded history.
func (d *driver) loadWorkflow(ctx context.Context, req *request) (map[string]any, error) {
	if d.actors == nil {
		return nil, errors.New("no init yet")
	}
	st, err := wfstate.LoadWorkflowState(ctx, d.actors, req.InstanceID, d.options)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return map[string]any{"found": false}, nil
	}
	history, err := encode(st.History)
	if err != nil {
		return nil, err
	}
	inbox, err := encode(st.Inbox)
	if err != nil {
		return nil, err
	}
	rs := runtimestate.NewOrchestrationRuntimeState(req.InstanceID, st.CustomStatus, st.History)
	res := map[string]any{
		"found":         true,
		"generation":    st.Generation,
		"history":       history,
		"inbox":         inbox,
		"runtimeStatus": strings.TrimPrefix(runtimestate.RuntimeStatus(rs).String(), "ORCHESTRATION_STATUS_"),
		"customStatus":  nil,
	}
	if st.CustomStatus != nil {
		res["customStatus"] = st.CustomStatus.GetValue()
	}
	if name, nerr := runtimestate.Name(rs); nerr == nil {
		res["name"] = name
	}
	return res, nil
}

// purgeWorkflow is daprd's purge: load, then delete every record the loaded state names, in one transaction.
func (d *driver) purgeWorkflow(ctx context.Context, req *request) (map[string]any, error) {
	if d.actors == nil {
		return nil, errors.New("no init yet")
	}
	st, err := wfstate.LoadWorkflowState(ctx, d.actors, req.InstanceID, d.options)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return map[string]any{"found": false}, nil
	}
	purge, err := st.GetPurgeRequest(req.InstanceID)
	if err != nil {
		return nil, err
	}
	if err = d.actors.TransactionalStateOperation(ctx, true, purge, false); err != nil {
		return nil, err
	}
	return map[string]any{"found": true, "deleted": len(purge.Operations)}, nil
}

func events(encoded []string) ([]*backend.HistoryEvent, error) {
	out := make([]*backend.HistoryEvent, 0, len(encoded))
	for i, text := range encoded {
		raw, err := base64.StdEncoding.DecodeString(text)
		if err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		var e protos.HistoryEvent
		if err = proto.Unmarshal(raw, &e); err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		out = append(out, &e)
	}
	return out, nil
}

func encode(events []*backend.HistoryEvent) ([]string, error) {
	out := make([]string, 0, len(events))
	for _, e := range events {
		raw, err := proto.Marshal(e)
		if err != nil {
			return nil, err
		}
		out = append(out, base64.StdEncoding.EncodeToString(raw))
	}
	return out, nil
}

func metadataOf(properties map[string]string) metadata.Base {
	return metadata.Base{Name: storeName, Properties: properties}
}

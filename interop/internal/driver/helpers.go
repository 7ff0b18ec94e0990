package driver

// Test helpers that talk to DynamoDB directly, bypassing the Dapr component: they set up
// tables and show or plant items exactly as stored. They are not part of Dapr's API.
//
// The AWS client is configured by Dapr's own common/aws code from the same metadata the
// component gets (endpoint, region, accessKey, secretKey, sessionToken), so the helpers
// reach the same database with the same credentials as the component.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	awsCommon "github.com/dapr/components-contrib/common/aws"
	awsAuth "github.com/dapr/components-contrib/common/aws/auth"
	"github.com/dapr/components-contrib/metadata"
	kitmd "github.com/dapr/kit/metadata"

	"github.com/statedesk/interop/internal/script"
)

// helperTarget is where a helper op acts.
type helperTarget struct {
	client       *dynamodb.Client
	table        string
	partitionKey string
}

// target resolves the connection metadata (the op's own "metadata", else the metadata of
// the last successful init), the table (op "table", else metadata "table", matched
// case-insensitively) and the partition key attribute (op "partitionKey", else metadata
// "partitionKey" matched exactly like the component does, else "key").
func (r *Runner) target(ctx context.Context, op *script.Op) (*helperTarget, error) {
	md := op.Metadata
	if md == nil {
		md = r.initMeta
	}
	if md == nil {
		return nil, errors.New("no connection metadata: give \"metadata\" (endpoint, region, accessKey, secretKey) or run init first")
	}
	var opts awsAuth.Options
	if err := kitmd.DecodeMetadata(md, &opts); err != nil {
		return nil, fmt.Errorf("decoding metadata: %w", err)
	}
	opts.Logger = r.cfg.Logger
	opts.Properties = md
	cfg, err := awsCommon.NewConfig(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("aws config: %w", err)
	}
	base := metadata.Base{Properties: md}
	t := &helperTarget{client: dynamodb.NewFromConfig(cfg), table: op.Table, partitionKey: op.PartitionKey}
	if t.table == "" {
		t.table, _ = base.GetProperty("table")
	}
	if t.table == "" {
		return nil, errors.New("no table: give \"table\"")
	}
	if t.partitionKey == "" {
		if pk, ok := md["partitionKey"]; ok {
			t.partitionKey = pk
		} else {
			t.partitionKey = "key"
		}
	}
	return t, nil
}

func scalarType(name string) (types.ScalarAttributeType, error) {
	switch strings.ToUpper(name) {
	case "", "S":
		return types.ScalarAttributeTypeS, nil
	case "N":
		return types.ScalarAttributeTypeN, nil
	case "B":
		return types.ScalarAttributeTypeB, nil
	}
	return "", fmt.Errorf("partitionKeyType must be S, N or B, got %q", name)
}

// doCreateTable creates an on-demand table with a HASH key (type S unless
// partitionKeyType says otherwise), optionally a RANGE key "sortKey" (S), waits until it is
// ACTIVE and, with "ttlAttributeName", enables TTL on that attribute.
func (r *Runner) doCreateTable(ctx context.Context, res *Result, op *script.Op) *Result {
	t, err := r.target(ctx, op)
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	pkType, err := scalarType(op.PartitionKeyType)
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	res.Add("table", t.table)
	in := &dynamodb.CreateTableInput{
		TableName:   aws.String(t.table),
		BillingMode: types.BillingModePayPerRequest,
		AttributeDefinitions: []types.AttributeDefinition{
			{AttributeName: aws.String(t.partitionKey), AttributeType: pkType},
		},
		KeySchema: []types.KeySchemaElement{
			{AttributeName: aws.String(t.partitionKey), KeyType: types.KeyTypeHash},
		},
	}
	if op.SortKey != "" {
		in.AttributeDefinitions = append(in.AttributeDefinitions,
			types.AttributeDefinition{AttributeName: aws.String(op.SortKey), AttributeType: types.ScalarAttributeTypeS})
		in.KeySchema = append(in.KeySchema,
			types.KeySchemaElement{AttributeName: aws.String(op.SortKey), KeyType: types.KeyTypeRange})
	}
	created := true
	if _, err := t.client.CreateTable(ctx, in); err != nil {
		var inUse *types.ResourceInUseException
		if !(op.IfNotExists && errors.As(err, &inUse)) {
			return res.Fail(classify(err), err.Error())
		}
		created = false
	}
	res.Add("created", created)
	waiter := dynamodb.NewTableExistsWaiter(t.client, func(o *dynamodb.TableExistsWaiterOptions) {
		o.MinDelay = 100 * time.Millisecond
		o.MaxDelay = time.Second
	})
	deadline, ok := ctx.Deadline()
	wait := 20 * time.Second
	if ok {
		wait = time.Until(deadline)
	}
	if err := waiter.Wait(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(t.table)}, wait); err != nil {
		return res.Fail(classify(err), "waiting for the table to become ACTIVE: "+err.Error())
	}
	if op.TTLAttributeName != "" {
		_, err := t.client.UpdateTimeToLive(ctx, &dynamodb.UpdateTimeToLiveInput{
			TableName: aws.String(t.table),
			TimeToLiveSpecification: &types.TimeToLiveSpecification{
				AttributeName: aws.String(op.TTLAttributeName),
				Enabled:       aws.Bool(true),
			},
		})
		if err != nil {
			return res.Fail(classify(err), "enabling TTL: "+err.Error())
		}
		res.Add("ttlAttributeName", op.TTLAttributeName)
	}
	return res
}

func (r *Runner) doDeleteTable(ctx context.Context, res *Result, op *script.Op) *Result {
	t, err := r.target(ctx, op)
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	res.Add("table", t.table)
	if _, err := t.client.DeleteTable(ctx, &dynamodb.DeleteTableInput{TableName: aws.String(t.table)}); err != nil {
		var nf *types.ResourceNotFoundException
		if op.IfExists && errors.As(err, &nf) {
			res.Add("deleted", false)
			return res
		}
		return res.Fail(classify(err), err.Error())
	}
	res.Add("deleted", true)
	return res
}

// doRawGet reads the item with a strongly consistent GetItem and shows it in DynamoDB
// JSON ("item": null when there is none). No TTL filtering, no decoding.
func (r *Runner) doRawGet(ctx context.Context, res *Result, op *script.Op) *Result {
	if op.Key == "" {
		return res.Fail(KindInvalidOp, "rawGet needs a non-empty key")
	}
	t, err := r.target(ctx, op)
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	out, err := t.client.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:      aws.String(t.table),
		ConsistentRead: aws.Bool(true),
		Key:            map[string]types.AttributeValue{t.partitionKey: &types.AttributeValueMemberS{Value: op.Key}},
	})
	if err != nil {
		return res.Fail(classify(err), err.Error())
	}
	if len(out.Item) == 0 {
		res.Add("item", nil)
		return res
	}
	item, err := ItemToJSON(out.Item)
	if err != nil {
		return res.Fail(KindOther, err.Error())
	}
	res.Add("item", item)
	return res
}

// doRawPut writes "item" (DynamoDB JSON) unconditionally with PutItem, e.g. to plant a
// legacy item (value as S, no etag attribute) that the component must still read.
func (r *Runner) doRawPut(ctx context.Context, res *Result, op *script.Op) *Result {
	if len(op.Item) == 0 {
		return res.Fail(KindInvalidOp, "rawPut needs an item")
	}
	item, err := ItemFromJSON(op.Item)
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	t, err := r.target(ctx, op)
	if err != nil {
		return res.Fail(KindInvalidOp, err.Error())
	}
	if s, ok := item[t.partitionKey].(*types.AttributeValueMemberS); ok {
		res.withKey(s.Value)
	}
	if _, err := t.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(t.table), Item: item}); err != nil {
		return res.Fail(classify(err), err.Error())
	}
	return res
}

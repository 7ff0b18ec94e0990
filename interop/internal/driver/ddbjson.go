package driver

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// The rawGet/rawPut helpers speak "DynamoDB JSON", the wire form used by the AWS CLI and
// the DynamoDB HTTP API: {"attr":{"S":"text"}}, {"attr":{"B":"<base64>"}}, {"attr":{"N":"12"}} …

// ItemToJSON converts a DynamoDB item to DynamoDB JSON values.
func ItemToJSON(item map[string]types.AttributeValue) (map[string]any, error) {
	out := make(map[string]any, len(item))
	for name, av := range item {
		v, err := attrToJSON(av)
		if err != nil {
			return nil, fmt.Errorf("attribute %q: %w", name, err)
		}
		out[name] = v
	}
	return out, nil
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

func attrToJSON(av types.AttributeValue) (map[string]any, error) {
	switch v := av.(type) {
	case *types.AttributeValueMemberS:
		return map[string]any{"S": v.Value}, nil
	case *types.AttributeValueMemberN:
		return map[string]any{"N": v.Value}, nil
	case *types.AttributeValueMemberB:
		if v.Value == nil {
			return map[string]any{"B": nil}, nil
		}
		return map[string]any{"B": b64(v.Value)}, nil
	case *types.AttributeValueMemberBOOL:
		return map[string]any{"BOOL": v.Value}, nil
	case *types.AttributeValueMemberNULL:
		return map[string]any{"NULL": v.Value}, nil
	case *types.AttributeValueMemberSS:
		return map[string]any{"SS": v.Value}, nil
	case *types.AttributeValueMemberNS:
		return map[string]any{"NS": v.Value}, nil
	case *types.AttributeValueMemberBS:
		l := make([]string, len(v.Value))
		for i, b := range v.Value {
			l[i] = b64(b)
		}
		return map[string]any{"BS": l}, nil
	case *types.AttributeValueMemberL:
		l := make([]any, len(v.Value))
		for i, e := range v.Value {
			j, err := attrToJSON(e)
			if err != nil {
				return nil, err
			}
			l[i] = j
		}
		return map[string]any{"L": l}, nil
	case *types.AttributeValueMemberM:
		m, err := ItemToJSON(v.Value)
		if err != nil {
			return nil, err
		}
		return map[string]any{"M": m}, nil
	default:
		return nil, fmt.Errorf("unsupported attribute value type %T", av)
	}
}

// ItemFromJSON parses a DynamoDB JSON item.
func ItemFromJSON(raw json.RawMessage) (map[string]types.AttributeValue, error) {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(raw, &members); err != nil {
		return nil, fmt.Errorf("item must be a JSON object of DynamoDB JSON attributes: %w", err)
	}
	if members == nil {
		return nil, errors.New("item must be a JSON object, not null")
	}
	item := make(map[string]types.AttributeValue, len(members))
	for name, r := range members {
		av, err := attrFromJSON(r)
		if err != nil {
			return nil, fmt.Errorf("attribute %q: %w", name, err)
		}
		item[name] = av
	}
	return item, nil
}

func attrFromJSON(raw json.RawMessage) (types.AttributeValue, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	if len(m) != 1 {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return nil, fmt.Errorf("want exactly one type member (S, N, B, BOOL, NULL, SS, NS, BS, L, M), got %v", keys)
	}
	for typ, val := range m {
		switch typ {
		case "S":
			var s string
			if err := json.Unmarshal(val, &s); err != nil {
				return nil, err
			}
			return &types.AttributeValueMemberS{Value: s}, nil
		case "N":
			var s string
			if err := json.Unmarshal(val, &s); err != nil {
				return nil, fmt.Errorf("N must be given as a JSON string: %w", err)
			}
			return &types.AttributeValueMemberN{Value: s}, nil
		case "B":
			var s string
			if err := json.Unmarshal(val, &s); err != nil {
				return nil, err
			}
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return nil, err
			}
			if b == nil {
				b = []byte{}
			}
			return &types.AttributeValueMemberB{Value: b}, nil
		case "BOOL":
			var b bool
			if err := json.Unmarshal(val, &b); err != nil {
				return nil, err
			}
			return &types.AttributeValueMemberBOOL{Value: b}, nil
		case "NULL":
			var b bool
			if err := json.Unmarshal(val, &b); err != nil {
				return nil, err
			}
			return &types.AttributeValueMemberNULL{Value: b}, nil
		case "SS", "NS":
			var l []string
			if err := json.Unmarshal(val, &l); err != nil {
				return nil, err
			}
			if typ == "SS" {
				return &types.AttributeValueMemberSS{Value: l}, nil
			}
			return &types.AttributeValueMemberNS{Value: l}, nil
		case "BS":
			var l []string
			if err := json.Unmarshal(val, &l); err != nil {
				return nil, err
			}
			bs := make([][]byte, len(l))
			for i, s := range l {
				b, err := base64.StdEncoding.DecodeString(s)
				if err != nil {
					return nil, err
				}
				bs[i] = b
			}
			return &types.AttributeValueMemberBS{Value: bs}, nil
		case "L":
			var l []json.RawMessage
			if err := json.Unmarshal(val, &l); err != nil {
				return nil, err
			}
			out := make([]types.AttributeValue, len(l))
			for i, e := range l {
				av, err := attrFromJSON(e)
				if err != nil {
					return nil, err
				}
				out[i] = av
			}
			return &types.AttributeValueMemberL{Value: out}, nil
		case "M":
			m, err := ItemFromJSON(val)
			if err != nil {
				return nil, err
			}
			return &types.AttributeValueMemberM{Value: m}, nil
		default:
			return nil, fmt.Errorf("unknown DynamoDB JSON type %q", typ)
		}
	}
	return nil, errors.New("unreachable")
}

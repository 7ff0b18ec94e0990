package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dapr/components-contrib/metadata"
	"github.com/dapr/components-contrib/secretstores"
	"github.com/dapr/components-contrib/secretstores/local/file"
	commonapi "github.com/dapr/dapr/pkg/apis/common"
	"github.com/dapr/dapr/pkg/apis/components/v1alpha1"
	"github.com/dapr/dapr/pkg/encryption"
)

// keyRef is a secretKeyRef of the component and the hex key that the secret holds.
type keyRef struct {
	Secret string `json:"secret"`
	Hex    string `json:"hex"`
}

// encrypt is daprd's TryEncryptValue for a store whose component names these keys.
func (d *driver) encrypt(req *request) (map[string]any, error) {
	store, err := d.encryptedStore(req)
	if err != nil {
		return nil, err
	}
	plain, err := base64.StdEncoding.DecodeString(req.ValueB64)
	if err != nil {
		return nil, err
	}
	sealed, err := encryption.TryEncryptValue(store, plain)
	if err != nil {
		return nil, err
	}
	return map[string]any{"value": string(sealed)}, nil
}

// decrypt is daprd's TryDecryptValue; valueBase64 holds the stored bytes.
func (d *driver) decrypt(req *request) (map[string]any, error) {
	store, err := d.encryptedStore(req)
	if err != nil {
		return nil, err
	}
	stored, err := base64.StdEncoding.DecodeString(req.ValueB64)
	if err != nil {
		return nil, err
	}
	plain, err := encryption.TryDecryptValue(store, stored)
	if err != nil {
		return nil, err
	}
	return map[string]any{"valueBase64": base64.StdEncoding.EncodeToString(plain)}, nil
}

// encryptedStore registers a new store name with keys read as daprd reads them: ComponentEncryptionKey over the
// component's metadata and a local file secret store holding the hex keys.
func (d *driver) encryptedStore(req *request) (string, error) {
	if req.Primary == nil {
		return "", fmt.Errorf("primary key missing")
	}
	dir, err := os.MkdirTemp("", "dapr-state-driver-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	secrets := map[string]string{req.Primary.Secret: req.Primary.Hex}
	items := []commonapi.NameValuePair{secretItem("primaryEncryptionKey", req.Primary.Secret)}
	if req.Secondary != nil {
		secrets[req.Secondary.Secret] = req.Secondary.Hex
		items = append(items, secretItem("secondaryEncryptionKey", req.Secondary.Secret))
	}
	raw, _ := json.Marshal(secrets)
	path := filepath.Join(dir, "secrets.json")
	if err = os.WriteFile(path, raw, 0o600); err != nil {
		return "", err
	}
	secretStore := file.NewLocalSecretStore(d.log)
	if err = secretStore.Init(context.Background(), secretstores.Metadata{Base: metadata.Base{
		Name: "localsecrets", Properties: map[string]string{"secretsFile": path}}}); err != nil {
		return "", err
	}
	component := v1alpha1.Component{}
	component.Name = "encrypted"
	component.Spec.Type = "state.aws.dynamodb"
	component.Spec.Metadata = items
	keys, err := encryption.ComponentEncryptionKey(component, secretStore)
	if err != nil {
		return "", err
	}
	d.encrypted++
	name := fmt.Sprintf("encrypted-%d", d.encrypted)
	encryption.AddEncryptedStateStore(name, keys)
	return name, nil
}

func secretItem(name, secret string) commonapi.NameValuePair {
	return commonapi.NameValuePair{Name: name, SecretKeyRef: commonapi.SecretKeyRef{Name: secret, Key: secret}}
}

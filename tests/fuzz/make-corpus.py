#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the seed corpora of tests/fuzz/corpus/<target>/ from Huawei's example responses (the
API Explorer definitions in /work/shared/reference/csms-api-definitions, as data only) and from
the shapes the tests use. Run once; the files are committed. Deterministic names (sha1 prefix)."""
import hashlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
ref = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/reference/csms-api-definitions'

def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(here, 'corpus', target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)

# Which codec decodes the answer of an operation (the first byte of a fuzz_codecs input).
codec_of = {'ListSecrets': 0, 'ListSecretVersions': 1, 'ShowSecret': 2, 'CreateSecret': 2,
            'UpdateSecret': 2, 'CreateSecretVersion': 3, 'UpdateVersion': 3, 'ShowSecretVersion': 4,
            'ShowSecretStage': 5, 'UpdateSecretStage': 5, 'ListSecretTags': 7, 'ListProjectSecretsTags': 8,
            'ListResourceInstances': 9}
bodies = []
for file in sorted(os.listdir(ref)):
    if not file.endswith('.json'):
        continue
    op = file[:-5]
    spec = json.load(open(os.path.join(ref, file)))
    for path in spec.get('paths', {}).values():
        for method in path.values():
            for status, response in method.get('responses', {}).items():
                example = response.get('examples', {}).get('application/json')
                if example is None:
                    continue
                body = json.dumps(example, ensure_ascii=False, separators=(',', ':')).encode()
                bodies.append(body)
                if status.startswith('2'):
                    put('codecs', bytes([codec_of.get(op, 6 if 'Delete' in op else 10)]) + body)
                    put('jsonstreamreader', body)
                else:
                    s = int(status)
                    put('apierror', bytes([(s - 100) >> 8, (s - 100) & 0xff, 0]) + body)
    for definition in spec.get('definitions', {}).values():
        props = definition.get('properties', {})
        if 'error_code' in props:
            example = {k: v.get('example') for k, v in props.items() if 'example' in v}
            for s in (400, 401, 403, 404, 409, 429, 500):
                put('apierror', bytes([(s - 100) >> 8, (s - 100) & 0xff, 0])
                    + json.dumps(example).encode())
            put('apierror', bytes([(404 - 100) >> 8, (404 - 100) & 0xff, 0])
                + json.dumps({'error': example}).encode())
for body in bodies:
    put('jsonscanner', body)
    obj = json.loads(body)
    for secret in obj.get('secrets', []) + ([obj['secret']] if 'secret' in obj else []):
        if secret.get('rotation_config'):
            put('rotationconfig', secret['rotation_config'])

# Shapes from the tests: edge cases of JSON, error bodies of csms-api.md 3.1, rotation configs.
for text in ['{}', '[]', '{"a":1.}', '[.5, -0, 1e400, "\\x"]', '\ufeff{"a":[]}',
             '{"a":"\\ud83d\\ude00","a":null}', '[' * 40 + ']' * 40, '{"k\\u0000":"\t"}']:
    put('jsonscanner', text)
put('jsonstreamreader', '{"name":"db","create_time":"1581507580000","auto_rotation":"true",'
    '"event_subscriptions":["RotationEvent"],"current_count":3,"n\\u0061me":"x"}')
for body in ['{"error_code":"CSMS.0105","error_msg":"stage","request_id":"r-1"}',
             '{"error":{"code":"APIG.0308","message":"throttled"}}',
             '{"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}}',
             '{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information",'
             '"request_id":"4bd0fc4a7c1b6f1bd0d3b7f3b7e5d2a1"}', 'upstream timeout', '']:
    for s in (400, 401, 404, 429, 502):
        put('apierror', bytes([(s - 100) >> 8, (s - 100) & 0xff, 0]) + body.encode())
for text in ['{"InstanceId":"rds-1","SecretSubType":"MultiUser"}', '[1, 2.50, "\\u00e9", null]',
             "{'InstanceId':'indstance id'}", '{"a":{"b":[{}, []]}}', 'not json']:
    put('rotationconfig', text)

# HTTP: a selector byte (how the stream is cut), then what a client sends.
project = '2a0f4b1c7d3e4f5a8b9c0d1e2f3a4b5c'
for i, stream in enumerate([
        'GET /v1/p/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
        'POST /v1/p/secrets HTTP/1.1\r\nContent-Length: 10\r\n\r\n{"name":1}',
        'POST /x HTTP/1.1\r\nContent-Length: 100\r\n\r\n' + 'x' * 100,
        'POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n' + 'y' * 64 + '\r\n1\r\nz\r\n0\r\n\r\n',
        'POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
        'PUT /x HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n\r\n',
        'GET / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\n12345',
        'GET / HTTP/1.1\r\nX-A: 1\r\n folded\r\n\r\n',
        'GET / HTTP/1.0\n\nGET / HTTP/1.1\n\n',
        'HEAD / HTTP/1.1\r\n\r\n',
        '\r\n\r\nGET / HTTP/1.1\r\nContent-Length: 64\r\n\r\n' + '0' * 64]):
    put('framing', bytes([i % 12]) + stream.encode())
for text in ['GET secrets?limit=2', 'GET secrets/demo-db-0001', 'GET secrets/demo-db-0001/versions',
             'GET secrets/demo-db-0001/stages/SYSCURRENT',
             'PUT secrets/demo-db-0001/stages/SYSCURRENT\n{"version_id":"v1"}',
             'POST secrets\n{"name":"fz","secret_string":"v"}\n---\nGET secrets/fz/versions/latest',
             'POST secrets/fz/stages\n{"name":"BETA","version_id":"v1"}',
             'POST secrets/batch-delete\n{"instance_id":"i","instance_type":"RDS"}',
             'POST secrets/demo-db-0001/scheduled-deleted-tasks/create\n{"recovery_window_in_days":7}',
             'POST csms/resource_instances/action\n{"action":"filter","limit":"10","matches":[{"key":"resource_name","value":"demo"}]}',
             'GET csms/tags', 'DELETE secrets/demo-db-0001', 'POST /v3/auth/tokens\n{}',
             'GET /v3/projects?name=cn-north-4']:
    put('routing', text)
for text in ['\x00secrets', '\x01secrets/a b/stages\nlimit=10&marker=x y', '\x02secrets/%2F\na=1&a=0\nbody',
             '\x03secrets/\u4f60\u597d\nname=\u00e9+x']:
    put('akskcanon', text)

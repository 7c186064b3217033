#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Signs one request with the official Huawei Cloud Node.js SDK core (AKSKSigner), so tests can
// compare against a signer that is not ours. Reads one JSON object on stdin:
//   {"method","url","headers":{...},"query":{k: v|[v]},"body": <JSON value or absent>,
//    "ak","sk"}
// and prints {"headers": {...signed headers...}, "body": "<exact body text the SDK hashed>"}.
'use strict';
const path = require('path');
const core = path.join(__dirname, 'node', 'node_modules', '@huaweicloud', 'huaweicloud-sdk-core');
const { AKSKSigner } = require(path.join(core, 'auth', 'AKSKSigner.js'));
const { BasicCredentials } = require(path.join(core, 'auth', 'BasicCredentials.js'));

let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
    const req = JSON.parse(input);
    const credential = new BasicCredentials().withAk(req.ak).withSk(req.sk);
    const request = {
        endpoint: req.url,
        method: req.method,
        headers: Object.assign({}, req.headers || {}),
        queryParams: req.query || {},
        data: req.body,
    };
    const headers = AKSKSigner.sign(request, credential);
    const body = req.body === undefined ? '' : JSON.stringify(req.body);
    process.stdout.write(JSON.stringify({ headers, body }));
});

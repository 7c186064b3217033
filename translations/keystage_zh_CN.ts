<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>keystage::ActivityModel</name>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::AkSkAuthenticator</name>
    <message>
        <source>The profile has no access key or secret key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ApiError</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 is built in and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 already has the maximum number of stages (12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many stages: a secret can have at most 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret quota of this project has been reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is already scheduled for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is not scheduled for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is pending deletion and cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is not enabled, so this operation is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS could not encrypt or decrypt the value of secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the service is throttling this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were rejected (access key, signature or token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of secret %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of secret %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: check the access key, secret key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: the account may lack the permission, or the project id is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state of secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the service asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota has been reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed to handle the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with an unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service closed the connection unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the service timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the service&apos;s certificate was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected to another host; credentials were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed to connect to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network request failed (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent a response Keystage does not understand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ApiTransport</name>
    <message>
        <source>The client has no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project id is unknown: set it in the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::BulkSummary</name>
    <message>
        <source>%1 of %2 succeeded, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 unconfirmed (the service did not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::CredentialError</name>
    <message>
        <source>No keychain service is available, so Keystage cannot store or read the secret key of this profile. Start or set up your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service) and try again, or connect without remembering the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (usually with your login password) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Keystage to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved secret was found for this profile. Enter the secret key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that your keyring is running and unlocked (it may be waiting for a password prompt), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, connect without remembering the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::CsmsClient</name>
    <message>
        <source>This profile does not use an IAM user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::KeychainCredentialStore</name>
    <message>
        <source>The saved secret of this profile is damaged or was written by another program. Enter the secret key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ProfileImport</name>
    <message>
        <source>No Huawei Cloud access key was found in the environment. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK and start Keystage again, or enter the keys by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret key is set but no access key (HUAWEICLOUD_SDK_AK): enter the access key by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set but no secret key (HUAWEICLOUD_SDK_SK): enter the secret key when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are temporary keys (a security token is set): they stop working when the token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project id in the environment is not 32 hexadecimal characters; it was left out and will be looked up from the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is set (HUAWEICLOUD_SDK_REGION): choose one before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https address; the regional CSMS endpoint is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_IAM_ENDPOINT is not an http or https address; the regional IAM endpoint is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KooCLI configuration file %1 does not exist. Run &quot;hcloud configure init&quot; first, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KooCLI configuration file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a KooCLI configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3), so it cannot be imported. Check the file, or run &quot;hcloud configure list&quot; to see whether KooCLI can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a KooCLI configuration file: it has no &quot;profiles&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KooCLI keeps the keys in this file encrypted (authEncrypt), so they cannot be imported: enter the access key and secret key by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the profile list is not a profile; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KooCLI profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KooCLI profile &quot;%1&quot; signs in with %2, which Keystage cannot import; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project id of the KooCLI profile &quot;%1&quot; is not 32 hexadecimal characters; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KooCLI profile &quot;%1&quot; has no complete access key and secret key: enter them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KooCLI profile &quot;%1&quot; has no region: choose one before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no KooCLI profile that Keystage can import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ProfileStore</name>
    <message>
        <source>The profile id must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and 1000 secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region must look like &quot;cn-north-4&quot;: lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSMS endpoint must be an http or https address such as https://kms.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint must be an http or https address such as https://iam.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region, or enter the CSMS endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a region, enter the IAM endpoint too (it is needed to sign in or to look up the project id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project id must be 32 hexadecimal characters; leave it empty to look it up from the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account (domain) name of the IAM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::SecretListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::StageChange</name>
    <message>
        <source>Move stage %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1: make %2 current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::StageEditor</name>
    <message>
        <source>Stage %1 of secret %2 no longer exists: someone else changed it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of secret %2 is now on %3, not on %4: someone else moved it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 cannot be moved: the request is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 is already on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in stage and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid stage name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::StageRules</name>
    <message>
        <source>A stage name has 1 to 64 characters: letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSCURRENT and SYSPREVIOUS are built in and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version holds this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target version does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage already labels this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage already exists; move it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A secret can have at most %n stages, built-in stages included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no previous version to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSCURRENT moves to %1: applications reading the current value will get this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version will hold SYSPREVIOUS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPREVIOUS moves to %1: the rollback target changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no stage and becomes deprecated: CSMS may purge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The secret has %n versions, the limit: the next new version purges the oldest deprecated one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret will hold %n stages, the limit: no new stage can be added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystage::TokenProvider</name>
    <message>
        <source>The profile has no IAM endpoint, user or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::VersionStageModel</name>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::codec</name>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field total_count is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the X-Subject-Token header is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field token is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field token.expires_at is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IAM lists %n project(s) named %1; set the project id in the profile</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the field %1 has an unexpected type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::AddStageDialog</name>
    <message>
        <source>Add stage to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BETA, canary, release-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stages used by this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: letters, digits, &quot;_&quot; and &quot;-&quot;, at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on %2: drag it to move it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::BulkDeleteDialog</name>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore secrets</source>
        <translation>恢复凭据</translation>
    </message>
    <message>
        <source>Delete secrets</source>
        <translation>删除凭据</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n secret(s) scheduled for deletion:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule deletion, recoverable for</source>
        <translation>计划删除，可恢复期</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete immediately — cannot be undone</source>
        <translation>立即删除 — 无法撤销</translation>
    </message>
    <message>
        <source>To confirm, type the number of secrets (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of secrets to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n secret(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s) now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule deletion of %n secret(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not tried (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unconfirmed, the service did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled deletion (%n day(s) to recover)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Immediate deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: no new secret is started…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::ConnectionTester</name>
    <message>
        <source>secrets are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no secrets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: project %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::CsmsRegions</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MY-Kuala Lumpur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RU-Moscow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::DetailsPanel</name>
    <message>
        <source>Secret:</source>
        <translation>凭据：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS 密钥：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Deletion:</source>
        <translation>删除：</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>轮转：</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>实例：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>%1 (no instance id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret selected</source>
        <translation>未选择凭据</translation>
    </message>
    <message>
        <source>service default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1, next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::ImportPicker</name>
    <message>
        <source>The file has no KooCLI profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a KooCLI profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds several profiles. Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::InstanceDeleteDialog</name>
    <message>
        <source>Preview matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete all secrets of an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. an RDS instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret associated with the instance is deleted immediately, including secrets that are not loaded here. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch deletion failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an instance id or an instance type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n loaded secret(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded secret(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 · deleted: %2 · failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::MainWindow</name>
    <message>
        <source>Keystage</source>
        <translation>Keystage</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find secrets…</source>
        <translation>查找凭据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Delete secrets…</source>
        <translation>删除凭据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Restore secrets…</source>
        <translation>恢复凭据(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete all secrets of an &amp;instance…</source>
        <translation>删除实例的所有凭据(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>凭据(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter secrets by name (Ctrl+F)</source>
        <translation>按名称筛选凭据 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Versions and stages</source>
        <translation>版本与状态</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>凭据值</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The secrets could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search on the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::ProductionGuard</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm an action on a production profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the production profile &quot;%2&quot;.

Type the profile name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is about to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the production profile exactly to enable the confirm button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries out the action; enabled once the profile name is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile to edit, test or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a new profile from the Huawei Cloud SDK environment variables or a KooCLI configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;KooCLI configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KooCLI configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Keystage. Create a profile to connect to Huawei Cloud CSMS, or try the local sandbox first: a CSMS on this computer with demo secrets, where nothing can break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start csms-local with demo secrets and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes one real call with these settings and shows the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the running connection test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the secret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile and keep its secret in memory until Keystage closes, without the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile; the secret goes to the keychain or memory as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved profile in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be saved yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain, so the profile was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secret is kept in memory until Keystage closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key (SK) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secret could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile and its saved secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved secret? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the saved secret of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted, but its secret could not be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Check the fields, then save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::ProfileForm</name>
    <message>
        <source>Profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you recognise, e.g. &quot;Payments production&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Huawei Cloud region of the secrets. Pick one or type a region id; leave it empty only when you enter both endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal characters. Leave it empty to look it up from the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up from the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Keystage signs in: with an access key pair, or as an IAM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key id (AK). It is not secret and is saved with the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key (SK). Never saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary keys (STS). Leave it empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (domain) the IAM user belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount (domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user&apos;s password. Never saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSMS endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a custom CSMS address. Empty: the region&apos;s endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSMS endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a custom IAM address. Empty: the region&apos;s endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the secret in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the secret is kept in the system keychain across restarts. Unchecked: it is kept in memory until Keystage closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production: ask me to type the profile name before destructive actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the profile in red and asks for its name before anything is deleted or moved irreversibly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the IAM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret again to move it into the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret again to keep it in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required without a region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::RiskyMoveDialog</name>
    <message>
        <source>Don&apos;t ask again until Keystage closes</source>
        <translation>在 Keystage 关闭前不再询问</translation>
    </message>
    <message>
        <source>Confirm stage change</source>
        <translation>确认状态变更</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SandboxLauncher</name>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox server (csms-local) was not found next to Keystage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server stopped at once (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server stopped at once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server (csms-local) could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::SandboxProfile</name>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SecretRowDelegate</name>
    <message>
        <source>deleted on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::SessionController</name>
    <message>
        <source>The local sandbox could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>正在启动本地沙箱…</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the credentials of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageBoard</name>
    <message>
        <source>Add stage…</source>
        <translation>添加状态…</translation>
    </message>
    <message>
        <source>Add a stage to the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Make the SYSPREVIOUS version current again (SYSCURRENT and SYSPREVIOUS swap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of %1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a secret to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move of %1 is still waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>The board changed in the meantime; it shows the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stage %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除状态</translation>
    </message>
    <message>
        <source>Nothing to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 from %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved by someone else: it is on %2 now, nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll back was only half done: SYSCURRENT moved, SYSPREVIOUS did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to version…</source>
        <translation>移动到版本…</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from %2 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage to this version…</source>
        <translation>为此版本添加状态…</translation>
    </message>
    <message>
        <source>SYSCURRENT and SYSPREVIOUS cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to previous version</source>
        <translation>回滚到上一版本</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageBoardView</name>
    <message>
        <source>Versions and stages</source>
        <translation>版本与状态</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageChipDelegate</name>
    <message>
        <source>no stage</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StatusLine</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystage::ui::ValuePanel</name>
    <message>
        <source>Show value</source>
        <translation>显示凭据值</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>明文显示</translation>
    </message>
    <message>
        <source>Show the value in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation>格式化 JSON</translation>
    </message>
    <message>
        <source>Indent the value when it is JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <source>Copy the value; the clipboard is cleared after %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the value of %1 / %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation>凭据值</translation>
    </message>
    <message>
        <source>Value of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide value</source>
        <translation>隐藏凭据值</translation>
    </message>
    <message>
        <source>Select a version to see its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not loaded. &quot;Show value&quot; fetches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary value (Base64), masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked. &quot;Reveal&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary value, shown as Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Huawei Cloud CSMS secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local sandbox (csms-local) and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved profile NAME (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keystage: no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

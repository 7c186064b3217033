<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>keystage::ActivityModel</name>
    <message>
        <source>no response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::AkSkAuthenticator</name>
    <message>
        <source>The profile has no access key or secret key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ApiError</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage %1 is built in and cannot be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 already has the maximum number of stages (12)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many stages: a secret can have at most 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret quota of this project has been reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 is already scheduled for deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 is not scheduled for deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 is pending deletion and cannot be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 is not enabled, so this operation is refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KMS could not encrypt or decrypt the value of secret %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests: the service is throttling this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials were rejected (access key, signature or token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage %1 of secret %2 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of secret %2 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requested resource does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service rejected the request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service rejected the request as invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication failed: check the access key, secret key or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access denied: the account may lack the permission, or the project id is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request conflicts with the current state of secret %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests: the service asked to slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quota has been reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service failed to handle the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service answered with an unexpected response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service closed the connection unexpectedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service host name could not be resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the service timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection failed: the service's certificate was not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service redirected to another host; credentials were not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy failed to connect to the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network request failed (error %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service did not answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service sent a response Keystage does not understand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection unexpectedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host name %1 could not be resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate was not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirected to another host; credentials were not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy failed to connect to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network request to %1 failed (error %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service has no such operation at this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 does not exist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ApiTransport</name>
    <message>
        <source>The client has no credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project id is unknown: set it in the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer is larger than %1; Keystage stopped reading it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::BulkSummary</name>
    <message>
        <source>%1 of %2 succeeded, %3 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 unconfirmed (the service did not answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 not tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 still running</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::BulkTagger</name>
    <message>
        <source>The tag %1 of %2 was changed elsewhere since: skipped, nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::CredentialError</name>
    <message>
        <source>No keychain service is available, so Keystage cannot store or read the secret key of this profile. Start or set up your desktop's keyring (GNOME Keyring, KWallet or another Secret Service) and try again, or connect without remembering the secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is locked. Unlock it (usually with your login password) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Keystage to use the keychain and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved secret was found for this profile. Enter the secret key again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain did not answer in time. Check that your keyring is running and unlocked (it may be waiting for a password prompt), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, connect without remembering the secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain has no login keyring: it was never created, or the prompt to create it was cancelled. Create the login keyring (or unlock it) in "Passwords and Keys" (Seahorse) and try again, or untick "Remember the secret in the system keychain" to keep the secret in memory until Keystage closes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::CsmsClient</name>
    <message>
        <source>This profile does not use an IAM user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is about another secret than the one asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is about another stage than the one asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is about another event than the one asked for</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::KeychainCredentialStore</name>
    <message>
        <source>The saved secret of this profile is damaged or was written by another program. Enter the secret key again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::PlanBuilder</name>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not read: the plan was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::PlanOperation</name>
    <message>
        <source>Promote %1 to the newest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1 to the version that holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back (SYSCURRENT and SYSPREVIOUS swap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stage %1 to the newest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo a stage plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::PlanResult</name>
    <message>
        <source>Not planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tried</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::PlanRunner</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be read before the change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed since the plan was made: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service did not answer the change: it may or may not have been made. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half rolled back: SYSCURRENT moved, SYSPREVIOUS did not. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::PlanSummary</name>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 skipped (changed since the plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ProfileImport</name>
    <message>
        <source>No Huawei Cloud access key was found in the environment. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK and start Keystage again, or enter the keys by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secret key is set but no access key (HUAWEICLOUD_SDK_AK): enter the access key by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is set but no secret key (HUAWEICLOUD_SDK_SK): enter the secret key when you connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are temporary keys (a security token is set): they stop working when the token expires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project id in the environment is not 32 hexadecimal characters; it was left out and will be looked up from the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No region is set (HUAWEICLOUD_SDK_REGION): choose one before connecting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an http or https address; the regional CSMS endpoint is used instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_IAM_ENDPOINT is not an http or https address; the regional IAM endpoint is used instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KooCLI configuration file %1 does not exist. Run "hcloud configure init" first, or choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KooCLI configuration file %1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a KooCLI configuration file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3), so it cannot be imported. Check the file, or run "hcloud configure list" to see whether KooCLI can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a KooCLI configuration file: it has no "profiles" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KooCLI keeps the keys in this file encrypted (authEncrypt), so they cannot be imported: enter the access key and secret key by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 of the profile list is not a profile; it was skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KooCLI profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KooCLI profile "%1" signs in with %2, which Keystage cannot import; it was skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project id of the KooCLI profile "%1" is not 32 hexadecimal characters; it was left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KooCLI profile "%1" has no complete access key and secret key: enter them by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KooCLI profile "%1" has no region: choose one before connecting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains no KooCLI profile that Keystage can import.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ProfileStore</name>
    <message>
        <source>The profile id must be 1 to 64 letters, digits, '-' or '_'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page size must be between 1 and 1000 secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The region must look like "cn-north-4": lowercase letters, digits and hyphens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSMS endpoint must be an http or https address such as https://kms.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IAM endpoint must be an http or https address such as https://iam.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a region, or enter the CSMS endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a region, enter the IAM endpoint too (it is needed to sign in or to look up the project id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project id must be 32 hexadecimal characters; leave it empty to look it up from the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the account (domain) name of the IAM user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile with this id exists already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A production profile cannot use the unencrypted CSMS endpoint %1: the password, tokens and secret values would cross the network in clear text. Use https (plain http is only allowed to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A production profile cannot use the unencrypted IAM endpoint %1: the password and tokens would cross the network in clear text. Use https (plain http is only allowed to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not encrypted: the password, tokens and secret values would cross the network in clear text. Use https.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::RotationEditor</name>
    <message>
        <source>on, every %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only database secrets (RDS, TaurusDB) can be rotated: CSMS does not rotate %1 secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret is %1: only an enabled secret can be rotated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A period is a whole number and a unit: d, h, m or s (e.g. 30d, 12h).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must be from 6 hours to 8,760 hours (365 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto rotation of %1 changed since you opened it: it is %2 now. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was rotated since the preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYSCURRENT of %1 moved to %2 since the preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was rotated.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::SecretAdmin</name>
    <message>
        <source>The description takes %1 bytes; at most %2 are allowed (a Chinese character takes 3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A KMS key id has %1 to %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A KMS key id holds no spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description of %1 was changed elsewhere since you read it: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KMS key of %1 was changed elsewhere since you read it: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tags of this secret were changed elsewhere since you read them: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version %1 of %2 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expiry of %1 was changed elsewhere since you read it: nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::SecretAssociation</name>
    <message>
        <source>TaurusDB (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown (the rotation configuration could not be read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, instance unknown (the rotation configuration could not be read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (no instance id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 instance %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::SecretListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags not known yet: the list of secrets carries none. A search by name or tag reads them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tags a search by name or tag returned: the list of secrets carries none, so other rows show nothing until such a search finds them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::StageChange</name>
    <message>
        <source>Roll back %1: make %2 current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move stage %1 of %2 from %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stage %1 to %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete stage %1 from %2 of %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::StageEditor</name>
    <message>
        <source>Stage %1 of secret %2 no longer exists: someone else changed it. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage %1 of secret %2 is now on %3, not on %4: someone else moved it. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change of %1 is still waiting for the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 is now on %3 and %4 on %5, not where this change expects them: someone else changed them. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change on a production profile needs the user's confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::StagePlanner</name>
    <message>
        <source>%1 is already on the newest version, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version holds %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already on %2, with %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version holds %1: there is nothing to delete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::StageRules</name>
    <message>
        <source>A stage name has 1 to 64 characters: letters, digits, '_' and '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYSCURRENT and SYSPREVIOUS are built in and cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version holds this stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target version does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stage already labels this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stage already exists; move it instead.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A secret can have at most %n stages, built-in stages included.</source>
        <translation>
            <numerusform>A secret can have at most %n stage, built-in stages included.</numerusform>
            <numerusform>A secret can have at most %n stages, built-in stages included.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no previous version to roll back to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYSCURRENT moves to %1: applications reading the current value will get this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version will hold SYSPREVIOUS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYSPREVIOUS moves to %1: the rollback target changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 keeps no stage and becomes deprecated: CSMS may purge it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The secret will hold %n stages, the limit: no new stage can be added.</source>
        <translation>
            <numerusform>The secret will hold %n stage, the limit: no new stage can be added.</numerusform>
            <numerusform>The secret will hold %n stages, the limit: no new stage can be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>SYSPENDING belongs to rotation: only CSMS sets, moves and removes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret is pending deletion: CSMS refuses every change until it is restored (CSMS.0103).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret is frozen: CSMS refuses every change to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret is disabled: CSMS adds new versions only to enabled secrets.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The secret has %n versions, the limit: on the next new version CSMS may purge the oldest version without a stage, or may refuse the new version.</source>
        <translation>
            <numerusform>The secret has %n versions, the limit: on the next new version CSMS may purge the oldest version without a stage, or may refuse the new version.</numerusform>
            <numerusform>The secret has %n versions, the limit: on the next new version CSMS may purge the oldest version without a stage, or may refuse the new version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret has %n versions, the limit, and every version holds a stage: CSMS may refuse the new version.</source>
        <translation>
            <numerusform>The secret has %n versions, the limit, and every version holds a stage: CSMS may refuse the new version.</numerusform>
            <numerusform>The secret has %n versions, the limit, and every version holds a stage: CSMS may refuse the new version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret has %n versions, the limit: CSMS may purge the oldest unstaged version (%1), or may refuse the new version.</source>
        <translation>
            <numerusform>The secret has %n versions, the limit: CSMS may purge the oldest unstaged version (%1), or may refuse the new version.</numerusform>
            <numerusform>The secret has %n versions, the limit: CSMS may purge the oldest unstaged version (%1), or may refuse the new version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated database secret (SingleUser): each rotation reset the database password, so %1 may hold a password the database no longer accepts. Applications reading SYSCURRENT may fail to log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotated database secret (MultiUser): rotation alternates two database users through SYSPENDING, and a later rotation may have changed the password in %1. Applications reading SYSCURRENT may fail to log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotated secret: %1 may hold a database password that a later rotation replaced. Applications reading SYSCURRENT may fail to log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotated database secret: CSMS does not set this value in the database. Once it is SYSCURRENT, applications log in with it, and the database accepts it only if you set the same password there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::TagRules</name>
    <message>
        <source>Name at least one tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 tags in one change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag key cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag key "%1…" is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag key "%1" starts or ends with a space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag keys starting with _sys_ are reserved for the service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag key "%1" may hold only letters, digits, spaces and _ . : = + - @.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag value "%1…" is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag value "%1" may hold only letters, digits, spaces and _ . : / = + - @.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag key "%1" appears twice: a key holds one value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secret holds at most %1 tags; this would give it %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::TokenProvider</name>
    <message>
        <source>The profile has no IAM endpoint, user or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token provider is not attached to a client</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::VersionStageModel</name>
    <message>
        <source>deprecated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::codec</name>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field %1 is missing or not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field total_count is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the X-Subject-Token header is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field token is missing or not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field token.expires_at is missing or invalid</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>IAM lists %n project(s) named %1; set the project id in the profile</source>
        <translation>
            <numerusform>IAM lists %n project named %1; set the project id in the profile</numerusform>
            <numerusform>IAM lists %n projects named %1; set the project id in the profile</numerusform>
        </translation>
    </message>
    <message>
        <source>the field %1 has an unexpected type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a secret has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field %1 is missing or not a string</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ActivityPane</name>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the calls that failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter calls (path, status, code, request id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the calls shown to a CSV or JSON lines file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy request id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the activity log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::AddStageDialog</name>
    <message>
        <source>Add stage to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. BETA, canary, release-2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 stages used by this secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name: letters, digits, "_" and "-", at most 64 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists on %2: drag it to move it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to 64 letters, digits, '-' or '_'; a secret holds at most %1 stages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stages used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage &amp;name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::AdminCommand</name>
    <message>
        <source>Edit the description and KMS key of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the tags of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the expiry of %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the expiry of %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::AsyncUndoCommand</name>
    <message>
        <source>Could not undo "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not redo "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(removed from the undo history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nothing changed; you can try again)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::AutoRotationDialog</name>
    <message>
        <source>Rotate a&amp;utomatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto rotation of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit of the rotation period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From 6 hours to 365 days. The next rotation is one period after you apply. CSMS rotates database secrets (RDS, TaurusDB) only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::BulkDeleteDialog</name>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete secrets</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Restore %n secret(s) scheduled for deletion:</source>
        <translation>
            <numerusform>Restore %n secret scheduled for deletion:</numerusform>
            <numerusform>Restore %n secrets scheduled for deletion:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s):</source>
        <translation>
            <numerusform>Delete %n secret:</numerusform>
            <numerusform>Delete %n secrets:</numerusform>
        </translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule deletion, recoverable for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete immediately — cannot be undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm, type the number of secrets (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of secrets to delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Restore %n secret(s)</source>
        <translation>
            <numerusform>Restore %n secret</numerusform>
            <numerusform>Restore %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s) now</source>
        <translation>
            <numerusform>Delete %n secret now</numerusform>
            <numerusform>Delete %n secrets now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule deletion of %n secret(s)</source>
        <translation>
            <numerusform>Schedule deletion of %n secret</numerusform>
            <numerusform>Schedule deletion of %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — not tried (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — unconfirmed, the service did not answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Scheduled deletion (%n day(s) to recover)</source>
        <translation>
            <numerusform>Scheduled deletion (%n day to recover)</numerusform>
            <numerusform>Scheduled deletion (%n days to recover)</numerusform>
        </translation>
    </message>
    <message>
        <source>Immediate deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: no new secret is started…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can this be undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secrets stay recoverable for the chosen number of days; Edit &gt; Undo cancels the deletion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery window in days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete immediately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes the secrets and all their versions at once. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Immediate deletion cannot be undone: it is not added to Edit &gt; Undo, and the secrets and all their versions are gone at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled deletion can be undone with Edit &gt; Undo (Ctrl+Z), or restored later from the list, until the recovery window ends.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s) immediately</source>
        <translation>
            <numerusform>Delete %n secret immediately</numerusform>
            <numerusform>Delete %n secrets immediately</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule the deletion of %n secret(s)</source>
        <translation>
            <numerusform>Schedule the deletion of %n secret</numerusform>
            <numerusform>Schedule the deletion of %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: the production profile's name was not confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — already scheduled for deletion: left as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — already scheduled for deletion: deleted now too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to schedule: every one of them is already scheduled for deletion.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s), %1 already scheduled for deletion:</source>
        <translation>
            <numerusform>Delete %n secret, %1 already scheduled for deletion:</numerusform>
            <numerusform>Delete %n secrets, %1 already scheduled for deletion:</numerusform>
        </translation>
    </message>
    <message>
        <source>To delete it for good, type its name (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To delete them for good, type "%1":</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation of the immediate deletion</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::BulkTagCommand</name>
    <message numerus="yes">
        <source>Tag %n secret(s) with %1</source>
        <translation>
            <numerusform>Tag %n secret with %1</numerusform>
            <numerusform>Tag %n secrets with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag %1 from %n secret(s)</source>
        <translation>
            <numerusform>Remove the tag %1 from %n secret</numerusform>
            <numerusform>Remove the tag %1 from %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n secret(s) skipped, their tags were changed elsewhere: %1</source>
        <translation>
            <numerusform>%n secret skipped, their tags were changed elsewhere: %1</numerusform>
            <numerusform>%n secrets skipped, their tags were changed elsewhere: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) failed: %1</source>
        <translation>
            <numerusform>%n secret failed: %1</numerusform>
            <numerusform>%n secrets failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystage::ui::BulkTagDialog</name>
    <message>
        <source>&amp;Add or set the tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove the tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check unconfirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tag %n secret(s)</source>
        <translation>
            <numerusform>Tag %n secret</numerusform>
            <numerusform>Tag %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value (may be empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets and results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the tags of the unconfirmed secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the tag key.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Untag %n secret(s)</source>
        <translation>
            <numerusform>Untag %n secret</numerusform>
            <numerusform>Untag %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tag %n secret(s) with %1</source>
        <translation>
            <numerusform>Tag %n secret with %1</numerusform>
            <numerusform>Tag %n secrets with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag %1 from %n secret(s)</source>
        <translation>
            <numerusform>Remove the tag %1 from %n secret</numerusform>
            <numerusform>Remove the tag %1 from %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: no new secret is started…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reveal this key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare two values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 version or stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A version id (v3) or a stage name (SYSCURRENT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch both values and compare them; neither is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is fetched until you choose Compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys compared</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Show the two values of the selected key; they hide themselves after %n second(s)</source>
        <translation>
            <numerusform>Show the two values of the selected key; they hide themselves after %n second</numerusform>
            <numerusform>Show the two values of the selected key; they hide themselves after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Left value of the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right value of the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching both values…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 hold the same value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2: %3 changed, %4 added, %5 removed, %6 unchanged. Values stay masked: select a changed key and Reveal it to see both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The values differ. %1: %3 characters, fingerprint %5. %2: %4 characters, fingerprint %6. Fingerprints are salted for this comparison only.</source>
        <extracomment>%3 and %4 are lengths, %5 and %6 short fingerprints of the two values</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hide the values</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::CompareModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <extracomment>a JSON value's type and its length, e.g. "string, 12 characters"</extracomment>
        <translation>
            <numerusform>%1, %n character</numerusform>
            <numerusform>%1, %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ConnectionTester</name>
    <message>
        <source>secrets are listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project has no secrets yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: project %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::CreateOptions</name>
    <message>
        <source>Binary value from a &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rotate automatically every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csms/default (the service's default key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KMS key id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single user: rotation resets the account's password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two users: rotation alternates two accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation sub-type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number and a unit: d, h, m or s; from 6 hours to 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise project id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation &amp;sub-type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;KMS key id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise pro&amp;ject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binary value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A KMS key id looks like 0d0466b0-e727-4d9c-b35d-f84bb474a37f; leave it empty for csms/default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rotation period is a number and a unit (d, h, m or s), from 6 hours to 365 days, e.g. 30d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the enterprise project id, or remove it from the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has %1 bytes; CSMS stores at most %2 as a binary value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>binary, %1 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::CsmsRegions</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AP-Manila</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MY-Kuala Lumpur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RU-Moscow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::DeletionCommand</name>
    <message>
        <source>Schedule deletion of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Schedule deletion of %n secret(s)</source>
        <translation>
            <numerusform>Schedule deletion of %n secret</numerusform>
            <numerusform>Schedule deletion of %n secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The deletion of %n secret(s) could not be cancelled: %1</source>
        <translation>
            <numerusform>The deletion of %n secret could not be cancelled: %1</numerusform>
            <numerusform>The deletion of %n secrets could not be cancelled: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be scheduled for deletion again: %1</source>
        <translation>
            <numerusform>%n secret could not be scheduled for deletion again: %1</numerusform>
            <numerusform>%n secrets could not be scheduled for deletion again: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystage::ui::DetailsPanel</name>
    <message>
        <source>Secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KMS key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every %1, next %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n secret(s) selected</source>
        <translation>
            <numerusform>%n secret selected</numerusform>
            <numerusform>%n secrets selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one secret to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotates as:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::EventEditDialog</name>
    <message>
        <source>Version created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret rotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enabled: notify when one of these happens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fires on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>urn:smn:region:project:topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMN topic &amp;URN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is 1 to 64 letters, digits, _ or -.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one thing to be notified of.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The topic URN is 1 to 256 letters, digits, -, ., _ or :.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The topic name is 1 to 64 letters, digits, _ or -.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::EventsDialog</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notifies of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMN topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a secret to subscribe it to an event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 &amp;notifies through:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification &amp;records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The events could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notification records could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subscription of secret %1 could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 was not created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 was not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 was not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsubscribe secret %1 from events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscribe secret %1 to event %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 notifies no event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 notifies through %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subscription of secret %1 was not changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ExpiryController</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSMS changes the expiry of versions of enabled secrets only; this one is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set e&amp;xpiry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the expiry of %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the expiry of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ExpiryDelegate</name>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ExpiryDialog</name>
    <message>
        <source>&amp;No expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry of %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ImportPicker</name>
    <message>
        <source>The file has no KooCLI profile "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a KooCLI profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds several profiles. Import:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::InstanceDeleteDialog</name>
    <message>
        <source>Delete now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete all secrets of an instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The batch deletion failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total: %1 · deleted: %2 · failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete every secret of instance %1 immediately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started: the production profile's name was not confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick an instance seen on the server, or type its id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaurusDB (GaussDB-FG secrets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RDS (RDS-FG secrets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every secret the server associates with the instance is deleted immediately. This cannot be undone, and it is not added to Edit &gt; Undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server decides which secrets belong to the instance. The list below is Keystage's own reading of every secret on the server (its rotation configuration and type); the server may read some differently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 instance %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading every secret on the server: %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading every secret on the server: %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 secrets on the server were read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The rotation configuration of %n secret(s) could not be read: their instance is unknown, and the server may delete them too.</source>
        <translation>
            <numerusform>The rotation configuration of %n secret could not be read: their instance is unknown, and the server may delete them too.</numerusform>
            <numerusform>The rotation configuration of %n secrets could not be read: their instance is unknown, and the server may delete them too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the secrets stopped after %1: %2. Nothing can be deleted until they are all read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the secrets was stopped after %1. Nothing can be deleted until they are all read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick or type an instance id, or choose an instance type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystage reads %1 of the %2 secrets on the server as belonging to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found so far: %1 (the list is complete only when every secret is read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for every secret to be read…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to delete: Keystage finds no secret of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To delete them for good, type "%1":</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s) now</source>
        <translation>
            <numerusform>Delete %n secret now</numerusform>
            <numerusform>Delete %n secrets now</numerusform>
        </translation>
    </message>
    <message>
        <source>The server's reading differed from the preview: %1 not previewed, %2 previewed but left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server took exactly the previewed secrets.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::MainWindow</name>
    <message>
        <source>Keystage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete all secrets of an &amp;instance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions and stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a secret with its first value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store a new value of the selected secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile is marked production: destructive actions ask for its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret %1 was created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of %2 was created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server to finish the last undo or redo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the names of the selected secrets, one per line</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copied %n name(s)</source>
        <translation>
            <numerusform>Copied %n name</numerusform>
            <numerusform>Copied %n names</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Keystage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Keystage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystage %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A desktop client for Huawei Cloud CSMS: secrets, their versions and stages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings (layout and profiles, never a secret): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare values…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare two versions of the selected secret without showing their values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n secret(s) deleted</source>
        <translation>
            <numerusform>%n secret deleted</numerusform>
            <numerusform>%n secrets deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) scheduled for deletion</source>
        <translation>
            <numerusform>%n secret scheduled for deletion</numerusform>
            <numerusform>%n secrets scheduled for deletion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) restored</source>
        <translation>
            <numerusform>%n secret restored</numerusform>
            <numerusform>%n secrets restored</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret %1 was created. The filter would hide it: it was cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage &amp;plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move, add, delete or roll back a stage on many secrets at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage events, subscribe the selected secret, read notifications</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::MetadataDialog</name>
    <message>
        <source>Description and KMS key of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the description and KMS key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KMS key id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The KMS key that encrypts new versions; existing versions keep theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;KMS key id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new KMS key encrypts the versions created from now on only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the description and KMS key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled once something changed and is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the description and KMS key of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dialog shows the server's values again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::NewSecretDialog</name>
    <message>
        <source>New secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. db-password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 to 64 letters, digits, hyphens or underscores; it cannot be changed later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value (text or JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, shown in the details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Common secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RDS database account (RDS-FG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database account secrets belong to a database instance and need its id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database instance id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Instance id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled once the name and the value are valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a name for the secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name may contain only letters, digits, hyphens (-) and underscores (_).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the value to store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database account secret needs the id of its database instance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not created: %2. Enter the value again to retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name is at most 64 characters long; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: what you typed is kept here, and Create is back when the connection is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TaurusDB database account (GaussDB-FG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required for RDS and TaurusDB (GaussDB-FG) secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description takes %1 bytes of UTF-8; CSMS accepts at most %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::NewVersionDialog</name>
    <message>
        <source>&amp;Expires on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New version of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new value (text or JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYSCURRENT (the default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the stages the new version gets, separated by spaces or commas. Each stage moves from the version that holds it now. Empty: SYSCURRENT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the version expires; it must be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled once the value and the stages are valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the new value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid stage name (letters, digits, - and _, at most 64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secret has at most %1 stages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating a version of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version was created: %1. Enter the value again to retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: what you typed is kept here, and Create is back when the connection is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What may happen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from &amp;current value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from the current value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads the value of the SYSCURRENT version into the editor, masked, to edit it. It replaces what is typed; nothing is read before you ask.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the current value of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current value could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a binary value: a new version starts from text only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started from the value of %1 (SYSCURRENT), masked: edit it, then Create.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::PasswordGenerator</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill the value with a password the service generates; it stays hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A generated password, hidden: Show displays it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: no password can be generated now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password was generated: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1  %n character(s)</source>
        <translation>
            <numerusform>%1  %n character</numerusform>
            <numerusform>%1  %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::PasswordOptionsDialog</name>
    <message>
        <source>&amp;Lower-case letters (a–z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Upper-case letters (A–Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Punctuation (!#$%…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sp&amp;ace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least one of &amp;each chosen kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 0O1lI'"`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Never use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 characters cannot hold one of each of %2 kinds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::PlanCommand</name>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 secrets were not changed: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::PlanModel</name>
    <message>
        <source>%1: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot be done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ProductionGuard</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm an action on a production profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production marker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on the production profile "%2".

Type the profile name to confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is about to happen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the name of the production profile exactly to enable the confirm button.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carries out the action; enabled once the profile name is typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a profile to edit, test or delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new, empty profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected profile and its saved secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in a new profile from the Huawei Cloud SDK environment variables or a KooCLI configuration file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the &amp;environment variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From a &amp;KooCLI configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KooCLI configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Keystage. Create a profile to connect to Huawei Cloud CSMS, or try the local sandbox first: a CSMS on this computer with demo secrets, where nothing can break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start csms-local with demo secrets and open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes one real call with these settings and shows the answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops the running connection test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the secret for this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the profile and keep its secret in memory until Keystage closes, without the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the profile; the secret goes to the keychain or memory as chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the saved profile in the main window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile cannot be saved yet:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret could not be saved in the system keychain, so the profile was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile could not be saved:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. The secret is kept in memory until Keystage closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix these first:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the secret key (SK) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved secret could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the profile and its saved secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the profile "%1" and its saved secret? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the saved secret of "%1"…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile "%1" was deleted, but its secret could not be removed from the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile "%1" was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported "%1". Check the fields, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try the local sandbo&amp;x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ProfileForm</name>
    <message>
        <source>Profile settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name you recognise, e.g. "Payments production".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Huawei Cloud region of the secrets. Pick one or type a region id; leave it empty only when you enter both endpoints.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>32 hexadecimal characters. Leave it empty to look it up from the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looked up from the region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How Keystage signs in: with an access key pair, or as an IAM user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access key id (AK). It is not secret and is saved with the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret access key (SK). Never saved in the settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for temporary keys (STS). Leave it empty otherwise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IAM user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IAM user to sign in as.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account (domain) the IAM user belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acc&amp;ount (domain):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IAM user's password. Never saved in the settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSMS endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: a custom CSMS address. Empty: the region's endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: a custom IAM address. Empty: the region's endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked: the secret is kept in the system keychain across restarts. Unchecked: it is kept in memory until Keystage closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Production: ask me to type the profile name before destructive actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marks the profile in red and asks for its name before anything is deleted or moved irreversibly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged (saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password of the IAM user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the secret again to move it into the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the secret again to keep it in memory only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required without a region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro&amp;ject id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret ke&amp;y (SK):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sec&amp;urity token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CS&amp;MS endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IAM &amp;endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remem&amp;ber the secret in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning about the endpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise project id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the enterprise project new secrets are created in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise project:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::RiskyMoveDialog</name>
    <message>
        <source>Confirm stage change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Don't ask again until Keystage closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Don't ask again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip this confirmation for risky stage changes until Keystage closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the stages as they are.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::RotateNowDialog</name>
    <message>
        <source>no version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSMS creates a new version with a new random password and moves SYSCURRENT to it. SYSCURRENT now: %1; it becomes SYSPREVIOUS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 loses SYSPREVIOUS; with no other stage it is deprecated and may be purged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login (single user, %1): the database account's password is changed. Applications that still use the old password cannot log in until they read the new SYSCURRENT value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login (two users, %1): the account SYSPREVIOUS refers to gets a new password and becomes SYSCURRENT. The account in use now keeps its password as SYSPREVIOUS, so applications keep logging in while they move over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login (%1): a database account's password is changed; whether the secret holds one user or two could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a database secret: CSMS will refuse to rotate it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rotation cannot be undone: the old password is replaced in the database, and no Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate %1 now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::RotationSection</name>
    <message>
        <source>Rotates as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest rotation task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;uto rotation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rota&amp;te now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn auto rotation of the selected secret on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate the selected database secret now (a preview first; cannot be undone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not rotated by CSMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, sub-type unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last rotated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never rotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(task: loading…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(task: unavailable: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no task)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(task succeeded %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(task failed %1: %2 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(task %1 since %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate %1 automatically every %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off auto rotation of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing auto rotation of %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto rotation was not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rotates every %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto rotation of %1 is off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 for the rotation failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be rotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate %1 now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotating %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was rotated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was rotated: %2 is SYSCURRENT now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation task %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SandboxLauncher</name>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>The local sandbox did not start within %n second.</numerusform>
            <numerusform>The local sandbox did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox server (csms-local) was not found next to Keystage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox server stopped at once (exit code %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox server stopped at once: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox server (csms-local) could not be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox server crashed or was killed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox server was stopped from outside Keystage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox server stopped with exit code %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SandboxProfile</name>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SecretAdminActions</name>
    <message>
        <source>Edit &amp;description and KMS key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag selected &amp;secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the selected secret's description or KMS key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add, change or remove the selected secret's tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a tag to, or remove it from, every selected secret</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SecretFilterBar</name>
    <message>
        <source>Tag: key=value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets with this tag, searched on the server: key=value, or a key alone for any value. Enter applies it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot search by state: the state is filtered among the secrets loaded or found by the name and tag search.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SecretRowDelegate</name>
    <message>
        <source>deletion on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SecretValueEdit</name>
    <message>
        <source>Secret value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value to store. It is sent once and then wiped; Keystage never logs or saves it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the value while you type it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the value again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SecretsPane</name>
    <message>
        <source>Filter secrets by name (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The list of secrets is incomplete: %n secret(s) listed, the next page could not be read</source>
        <translation>
            <numerusform>The list of secrets is incomplete: %n secret listed, the next page could not be read</numerusform>
            <numerusform>The list of secrets is incomplete: %n secrets listed, the next page could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>The secrets could not be listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search on the server failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching for "%1"…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list could not be loaded: the message above says why. Refresh (F5) tries again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret matches "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret matches the tag and state filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no secrets yet. Secrets &gt; New secret… (Ctrl+N) creates one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::SecretsSummary</name>
    <message>
        <source>Secrets listed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es) (%1 loaded)</source>
        <translation>
            <numerusform>%n match (%1 loaded)</numerusform>
            <numerusform>%n matches (%1 loaded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n loaded</numerusform>
            <numerusform>%n loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) (%1 loaded)</source>
        <translation>
            <numerusform>%n secret (%1 loaded)</numerusform>
            <numerusform>%n secrets (%1 loaded)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ loaded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystage::ui::SessionController</name>
    <message>
        <source>The local sandbox could not be started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox stopped</source>
        <extracomment>%1 is the reason, %2 the name of the sandbox profile in the profile list</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the credentials of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials of %1 could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: choose or create a profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Its data is kept: Restart starts it again on the same data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::StageBoard</name>
    <message>
        <source>Add stage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a stage to the selected version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the SYSPREVIOUS version current again (SYSCURRENT and SYSPREVIOUS swap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The versions of %1 could not be loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a secret to see its versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 stages used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading versions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot move to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1 from %2 to %3?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the stage %1 of %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back %1 from %2 to %3?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed by someone else: nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was moved by someone else: it is on %2 now, nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The roll back was only half done: SYSCURRENT moved, SYSPREVIOUS did not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1 from %2 to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stage to this version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SYSCURRENT and SYSPREVIOUS cannot be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back to previous version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stages used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of the production profile was not confirmed: %1 was not done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stage can be added to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add stage %1 to %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be rolled back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::StageBoardView</name>
    <message>
        <source>Versions and stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left and Right pick a stage, Alt+Up and Alt+Down move it to the version above or below, Delete removes it, the Menu key opens its actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage %1 on version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::StageChipDelegate</name>
    <message>
        <source>no stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deprecated: this version holds no stage, so no application reads it through a stage. CSMS may purge it automatically, for example when the secret reaches its version limit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::StageCommand</name>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo "%1"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::StagePlanDialog</name>
    <message>
        <source>Stage plan</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Finding the secrets: %n found…</source>
        <translation>
            <numerusform>Finding the secrets: %n found…</numerusform>
            <numerusform>Finding the secrets: %n found…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secrets could not be listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n selected secret(s)</source>
        <translation>
            <numerusform>The %n selected secret</numerusform>
            <numerusform>The %n selected secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Every secret matching the filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets with a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key=value, or key for any value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Secrets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promote a stage to the newest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a stage to the version holding another stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back (SYSCURRENT and SYSPREVIOUS swap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a stage to the newest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage name, e.g. BETA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to the version holding, e.g. SYSCURRENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage whose version is the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where is this stage?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where is this stage?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Build plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel r&amp;un</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n secret(s)…</source>
        <translation>
            <numerusform>&amp;Apply to %n secret…</numerusform>
            <numerusform>&amp;Apply to %n secrets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 of %2 secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding the secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret in this scope.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n secret(s) to change</source>
        <translation>
            <numerusform>%n secret to change</numerusform>
            <numerusform>%n secrets to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with risks</source>
        <translation>
            <numerusform>, %n with risks</numerusform>
            <numerusform>, %n with risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n need(s) nothing</source>
        <translation>
            <numerusform>, %n need nothing</numerusform>
            <numerusform>, %n needs nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cannot be done</source>
        <translation>
            <numerusform>, %n cannot be done</numerusform>
            <numerusform>, %n cannot be done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not read</source>
        <translation>
            <numerusform>, %n not read</numerusform>
            <numerusform>, %n not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the stage plan (%1) to %n secret(s)</source>
        <translation>
            <numerusform>Apply the stage plan (%1) to %n secret</numerusform>
            <numerusform>Apply the stage plan (%1) to %n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage plan: %1 (%n secret(s))</source>
        <translation>
            <numerusform>Stage plan: %1 (%n secret)</numerusform>
            <numerusform>Stage plan: %1 (%n secrets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the stage plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::StageWhereModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n behind</numerusform>
            <numerusform>%n behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newer versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::StatusLine</name>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::TagsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags of the secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value (may be empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled once the tags changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tags could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This secret has %1 tags, the most CSMS allows: remove one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the tags of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dialog shows the server's tags again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::UndoHistory</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>keystage::ui::ValuePanel</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indent the value when it is JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the value of %1 / %2 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a version to see its value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the value…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binary value (Base64), masked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masked. "Reveal" shows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Binary value, shown as Base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value status</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copy the value without showing it; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copy the value without showing it; the clipboard is cleared after %n second</numerusform>
            <numerusform>Copy the value without showing it; the clipboard is cleared after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The value of the selected version, fetched and shown only when you choose Reveal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reveal value</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Hidden after %n second(s) on screen.</source>
        <translation>
            <numerusform>Hidden after %n second on screen.</numerusform>
            <numerusform>Hidden after %n seconds on screen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden when the window was minimised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the value and wipe it from memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch the value and show it in clear text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value is not loaded. "Reveal" fetches and shows it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Hides itself after %n second(s).</source>
        <translation>
            <numerusform>Hides itself after %n second.</numerusform>
            <numerusform>Hides itself after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Huawei Cloud CSMS secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the local sandbox (csms-local) and open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the saved profile NAME (name or id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keystage: no profile "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print every API call (method, path, status, time, request id) on the terminal. Values, keys and tokens are never printed.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>keystage::ActivityModel</name>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>keystage::AkSkAuthenticator</name>
    <message>
        <source>The profile has no access key or secret key</source>
        <translation>该配置缺少访问密钥 AK 或秘密访问密钥 SK</translation>
    </message>
</context>
<context>
    <name>keystage::ApiError</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Stage %1 is built in and cannot be deleted</source>
        <translation>版本状态 %1 为系统内置，无法删除</translation>
    </message>
    <message>
        <source>Secret %1 does not exist</source>
        <translation>凭据 %1 不存在</translation>
    </message>
    <message>
        <source>Secret %1 already has the maximum number of stages (12)</source>
        <translation>凭据 %1 的版本状态数已达上限（12 个）</translation>
    </message>
    <message>
        <source>Too many stages: a secret can have at most 12</source>
        <translation>版本状态过多：每个凭据最多 12 个</translation>
    </message>
    <message>
        <source>The secret quota of this project has been reached</source>
        <translation>本项目的凭据配额已用完</translation>
    </message>
    <message>
        <source>Secret %1 is already scheduled for deletion</source>
        <translation>凭据 %1 已处于计划删除状态</translation>
    </message>
    <message>
        <source>Secret %1 is not scheduled for deletion</source>
        <translation>凭据 %1 未处于计划删除状态</translation>
    </message>
    <message>
        <source>Secret %1 is pending deletion and cannot be used</source>
        <translation>凭据 %1 处于待删除状态，无法使用</translation>
    </message>
    <message>
        <source>Secret %1 is not enabled, so this operation is refused</source>
        <translation>凭据 %1 未启用，操作被拒绝</translation>
    </message>
    <message>
        <source>KMS could not encrypt or decrypt the value of secret %1</source>
        <translation>KMS 无法加密或解密凭据 %1 的值</translation>
    </message>
    <message>
        <source>Too many requests: the service is throttling this account</source>
        <translation>请求过多：服务正在对该账号限流</translation>
    </message>
    <message>
        <source>The credentials were rejected (access key, signature or token)</source>
        <translation>凭证被拒绝（访问密钥、签名或令牌无效）</translation>
    </message>
    <message>
        <source>Stage %1 of secret %2 does not exist</source>
        <translation>凭据 %2 的版本状态 %1 不存在</translation>
    </message>
    <message>
        <source>Version %1 of secret %2 does not exist</source>
        <translation>凭据 %2 的版本 %1 不存在</translation>
    </message>
    <message>
        <source>Tag %1 does not exist</source>
        <translation>标签 %1 不存在</translation>
    </message>
    <message>
        <source>The requested resource does not exist</source>
        <translation>请求的资源不存在</translation>
    </message>
    <message>
        <source>The service rejected the request: %1</source>
        <translation>服务拒绝了该请求：%1</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid</source>
        <translation>服务认为该请求无效，已拒绝</translation>
    </message>
    <message>
        <source>Authentication failed: check the access key, secret key or password</source>
        <translation>认证失败：请检查访问密钥 AK、秘密访问密钥 SK 或密码</translation>
    </message>
    <message>
        <source>Access denied: the account may lack the permission, or the project id is wrong</source>
        <translation>访问被拒绝：账号可能缺少权限，或项目ID有误</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of secret %1</source>
        <translation>该请求与凭据 %1 的当前状态冲突</translation>
    </message>
    <message>
        <source>Too many requests: the service asked to slow down</source>
        <translation>请求过多：服务要求降低请求频率</translation>
    </message>
    <message>
        <source>A quota has been reached</source>
        <translation>已达到配额上限</translation>
    </message>
    <message>
        <source>The service timed out</source>
        <translation>服务超时</translation>
    </message>
    <message>
        <source>The service failed to handle the request</source>
        <translation>服务处理请求失败</translation>
    </message>
    <message>
        <source>The service answered with an unexpected response</source>
        <translation>服务返回了无法识别的响应</translation>
    </message>
    <message>
        <source>The service refused the connection</source>
        <translation>服务拒绝了连接</translation>
    </message>
    <message>
        <source>The service closed the connection unexpectedly</source>
        <translation>服务意外关闭了连接</translation>
    </message>
    <message>
        <source>The service host name could not be resolved</source>
        <translation>无法解析服务的主机名</translation>
    </message>
    <message>
        <source>The connection to the service timed out</source>
        <translation>连接服务超时</translation>
    </message>
    <message>
        <source>The secure connection failed: the service&apos;s certificate was not accepted</source>
        <translation>安全连接失败：服务的证书未被接受</translation>
    </message>
    <message>
        <source>The service redirected to another host; credentials were not sent</source>
        <translation>服务重定向到了其他主机；未发送凭证</translation>
    </message>
    <message>
        <source>The proxy failed to connect to the service</source>
        <translation>代理无法连接到服务</translation>
    </message>
    <message>
        <source>The network request failed (error %1)</source>
        <translation>网络请求失败（错误 %1）</translation>
    </message>
    <message>
        <source>The service did not answer in time</source>
        <translation>服务未能及时响应</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>The service sent a response Keystage does not understand: %1</source>
        <translation>服务返回的响应 Keystage 无法理解：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly</source>
        <translation>%1 意外关闭了连接</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved</source>
        <translation>无法解析主机名 %1</translation>
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation>连接 %1 超时</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate was not accepted</source>
        <translation>与 %1 的安全连接失败：其证书未被接受</translation>
    </message>
    <message>
        <source>%1 redirected to another host; credentials were not sent</source>
        <translation>%1 重定向到了其他主机；未发送凭证</translation>
    </message>
    <message>
        <source>The proxy failed to connect to %1</source>
        <translation>代理无法连接到 %1</translation>
    </message>
    <message>
        <source>The network request to %1 failed (error %2)</source>
        <translation>对 %1 的网络请求失败（错误 %2）</translation>
    </message>
    <message>
        <source>The service has no such operation at this address</source>
        <translation>服务在此地址上没有该操作</translation>
    </message>
    <message>
        <source>Event %1 does not exist</source>
        <translation>事件 %1 不存在</translation>
    </message>
</context>
<context>
    <name>keystage::ApiTransport</name>
    <message>
        <source>The client has no credentials</source>
        <translation>客户端没有凭证</translation>
    </message>
    <message>
        <source>The project id is unknown: set it in the profile</source>
        <translation>项目ID未知：请在配置中填写</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1; Keystage stopped reading it.</source>
        <translation>服务器的应答大于 %1，Keystage 已停止读取。</translation>
    </message>
</context>
<context>
    <name>keystage::BulkSummary</name>
    <message>
        <source>%1 of %2 succeeded, %3 failed</source>
        <translation>%1/%2 成功，%3 失败</translation>
    </message>
    <message>
        <source>, %1 unconfirmed (the service did not answer)</source>
        <translation>，%1 个未确认（服务未响应）</translation>
    </message>
    <message>
        <source>, %1 not tried</source>
        <translation>，%1 个未尝试</translation>
    </message>
    <message>
        <source>, %1 still running</source>
        <translation>，%1 个仍在进行</translation>
    </message>
</context>
<context>
    <name>keystage::BulkTagger</name>
    <message>
        <source>The tag %1 of %2 was changed elsewhere since: skipped, nothing was written.</source>
        <translation>%2 的标签 %1 此后已在别处被更改：已跳过，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>keystage::CredentialError</name>
    <message>
        <source>No keychain service is available, so Keystage cannot store or read the secret key of this profile. Start or set up your desktop&apos;s keyring (GNOME Keyring, KWallet or another Secret Service) and try again, or connect without remembering the secret.</source>
        <translation>没有可用的密钥环服务，Keystage 无法保存或读取此配置的秘密访问密钥。请启动或设置桌面的密钥环（GNOME Keyring、KWallet 或其他 Secret Service）后重试，或者不记住密钥直接连接。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (usually with your login password) and try again.</source>
        <translation>密钥环已锁定。请先解锁（通常使用登录密码）后重试。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Keystage to use the keychain and try again.</source>
        <translation>访问密钥环被拒绝。请允许 Keystage 使用密钥环后重试。</translation>
    </message>
    <message>
        <source>No saved secret was found for this profile. Enter the secret key again.</source>
        <translation>未找到此配置已保存的密钥。请重新输入秘密访问密钥 SK。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that your keyring is running and unlocked (it may be waiting for a password prompt), then try again.</source>
        <translation>密钥环未及时响应。请确认密钥环正在运行且已解锁（它可能正在等待输入密码），然后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, connect without remembering the secret.</source>
        <translation>密钥环报告了错误。请重试；如果仍然失败，请不记住密钥直接连接。</translation>
    </message>
    <message>
        <source>The system keychain has no login keyring: it was never created, or the prompt to create it was cancelled. Create the login keyring (or unlock it) in &quot;Passwords and Keys&quot; (Seahorse) and try again, or untick &quot;Remember the secret in the system keychain&quot; to keep the secret in memory until Keystage closes.</source>
        <translation>系统密钥环中没有登录密钥环：它从未创建过，或者创建它的提示被取消了。请在“密码和密钥”（Seahorse）中创建（或解锁）登录密钥环后重试；或者取消勾选“在系统密钥环中记住密钥”，让密钥仅保留在内存中，直到 Keystage 关闭。</translation>
    </message>
</context>
<context>
    <name>keystage::CsmsClient</name>
    <message>
        <source>This profile does not use an IAM user</source>
        <translation>此配置不使用 IAM 用户</translation>
    </message>
    <message>
        <source>the answer is about another secret than the one asked for</source>
        <translation>应答涉及的凭据不是所请求的凭据</translation>
    </message>
    <message>
        <source>the answer is about another stage than the one asked for</source>
        <translation>应答涉及的阶段不是所请求的阶段</translation>
    </message>
    <message>
        <source>the answer is about another event than the one asked for</source>
        <translation>应答所涉及的事件不是所请求的事件</translation>
    </message>
</context>
<context>
    <name>keystage::KeychainCredentialStore</name>
    <message>
        <source>The saved secret of this profile is damaged or was written by another program. Enter the secret key again.</source>
        <translation>此配置保存的密钥已损坏，或由其他程序写入。请重新输入秘密访问密钥 SK。</translation>
    </message>
</context>
<context>
    <name>keystage::PlanBuilder</name>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <source>Not read: the plan was cancelled.</source>
        <translation>未读取：计划已取消。</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>keystage::PlanOperation</name>
    <message>
        <source>Promote %1 to the newest version</source>
        <translation>将 %1 提升到最新版本</translation>
    </message>
    <message>
        <source>Move %1 to the version that holds %2</source>
        <translation>将 %1 移到持有 %2 的版本</translation>
    </message>
    <message>
        <source>Roll back (SYSCURRENT and SYSPREVIOUS swap)</source>
        <translation>回滚（SYSCURRENT 与 SYSPREVIOUS 互换）</translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation>删除阶段 %1</translation>
    </message>
    <message>
        <source>Add stage %1 to the newest version</source>
        <translation>为最新版本添加阶段 %1</translation>
    </message>
    <message>
        <source>Undo a stage plan</source>
        <translation>撤销阶段计划</translation>
    </message>
</context>
<context>
    <name>keystage::PlanResult</name>
    <message>
        <source>Not planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>未尝试</translation>
    </message>
</context>
<context>
    <name>keystage::PlanRunner</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>开始之前已取消。</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Could not be read before the change: %1</source>
        <translation>更改前无法读取：%1</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>在写入任何内容之前已取消。</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made: nothing was written.</source>
        <translation>%1 在制定计划后已被更改：未写入任何内容。</translation>
    </message>
    <message>
        <source>The service did not answer the change: it may or may not have been made. %1</source>
        <translation>服务未应答此更改：它可能已完成，也可能未完成。%1</translation>
    </message>
    <message>
        <source>Half rolled back: SYSCURRENT moved, SYSPREVIOUS did not. %1</source>
        <translation>只回滚了一半：SYSCURRENT 已移动，SYSPREVIOUS 未移动。%1</translation>
    </message>
</context>
<context>
    <name>keystage::PlanSummary</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 个中已完成 %1 个</translation>
    </message>
    <message>
        <source>, %1 skipped (changed since the plan)</source>
        <translation>，%1 个已跳过（计划后已被更改）</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>，%1 个失败</translation>
    </message>
</context>
<context>
    <name>keystage::ProfileImport</name>
    <message>
        <source>No Huawei Cloud access key was found in the environment. Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK and start Keystage again, or enter the keys by hand.</source>
        <translation>环境变量中未找到华为云访问密钥。请设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK 后重新启动 Keystage，或手动输入密钥。</translation>
    </message>
    <message>
        <source>A secret key is set but no access key (HUAWEICLOUD_SDK_AK): enter the access key by hand.</source>
        <translation>已设置秘密访问密钥，但没有访问密钥（HUAWEICLOUD_SDK_AK）：请手动输入访问密钥 AK。</translation>
    </message>
    <message>
        <source>%1 is set but no secret key (HUAWEICLOUD_SDK_SK): enter the secret key when you connect.</source>
        <translation>已设置 %1，但没有秘密访问密钥（HUAWEICLOUD_SDK_SK）：请在连接时输入 SK。</translation>
    </message>
    <message>
        <source>These are temporary keys (a security token is set): they stop working when the token expires.</source>
        <translation>这是临时密钥（已设置安全令牌）：令牌过期后将无法使用。</translation>
    </message>
    <message>
        <source>The project id in the environment is not 32 hexadecimal characters; it was left out and will be looked up from the region.</source>
        <translation>环境变量中的项目ID不是 32 位十六进制字符，已忽略，将根据区域自动查询。</translation>
    </message>
    <message>
        <source>No region is set (HUAWEICLOUD_SDK_REGION): choose one before connecting.</source>
        <translation>未设置区域（HUAWEICLOUD_SDK_REGION）：请在连接前选择区域。</translation>
    </message>
    <message>
        <source>%1 is not an http or https address; the regional CSMS endpoint is used instead.</source>
        <translation>%1 不是 http 或 https 地址；将改用区域的 CSMS 终端节点。</translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_IAM_ENDPOINT is not an http or https address; the regional IAM endpoint is used instead.</source>
        <translation>HUAWEICLOUD_SDK_IAM_ENDPOINT 不是 http 或 https 地址；将改用区域的 IAM 终端节点。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Environment (%1)</source>
        <translation>环境变量（%1）</translation>
    </message>
    <message>
        <source>The KooCLI configuration file %1 does not exist. Run &quot;hcloud configure init&quot; first, or choose another file.</source>
        <translation>KooCLI 配置文件 %1 不存在。请先运行“hcloud configure init”，或选择其他文件。</translation>
    </message>
    <message>
        <source>The KooCLI configuration file %1 cannot be read: %2.</source>
        <translation>无法读取 KooCLI 配置文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a KooCLI configuration file.</source>
        <translation>%1 过大，不是 KooCLI 配置文件。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3), so it cannot be imported. Check the file, or run &quot;hcloud configure list&quot; to see whether KooCLI can read it.</source>
        <translation>%1 不是有效的 JSON（%2，位于第 %3 个字符），无法导入。请检查该文件，或运行“hcloud configure list”查看 KooCLI 能否读取它。</translation>
    </message>
    <message>
        <source>%1 is not a KooCLI configuration file: it has no &quot;profiles&quot; list.</source>
        <translation>%1 不是 KooCLI 配置文件：其中没有“profiles”列表。</translation>
    </message>
    <message>
        <source>KooCLI keeps the keys in this file encrypted (authEncrypt), so they cannot be imported: enter the access key and secret key by hand.</source>
        <translation>KooCLI 在此文件中加密保存了密钥（authEncrypt），无法导入：请手动输入访问密钥 AK 和秘密访问密钥 SK。</translation>
    </message>
    <message>
        <source>Entry %1 of the profile list is not a profile; it was skipped.</source>
        <translation>配置列表的第 %1 项不是配置，已跳过。</translation>
    </message>
    <message>
        <source>KooCLI profile %1</source>
        <translation>KooCLI 配置 %1</translation>
    </message>
    <message>
        <source>The KooCLI profile &quot;%1&quot; signs in with %2, which Keystage cannot import; it was skipped.</source>
        <translation>KooCLI 配置“%1”使用 %2 登录，Keystage 无法导入，已跳过。</translation>
    </message>
    <message>
        <source>The project id of the KooCLI profile &quot;%1&quot; is not 32 hexadecimal characters; it was left out.</source>
        <translation>KooCLI 配置“%1”的项目ID不是 32 位十六进制字符，已忽略。</translation>
    </message>
    <message>
        <source>The KooCLI profile &quot;%1&quot; has no complete access key and secret key: enter them by hand.</source>
        <translation>KooCLI 配置“%1”的访问密钥 AK/SK 不完整：请手动输入。</translation>
    </message>
    <message>
        <source>The KooCLI profile &quot;%1&quot; has no region: choose one before connecting.</source>
        <translation>KooCLI 配置“%1”没有区域：请在连接前选择区域。</translation>
    </message>
    <message>
        <source>%1 contains no KooCLI profile that Keystage can import.</source>
        <translation>%1 中没有 Keystage 可以导入的 KooCLI 配置。</translation>
    </message>
</context>
<context>
    <name>keystage::ProfileStore</name>
    <message>
        <source>The profile id must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>配置 ID 必须由 1 到 64 个字母、数字、“-”或“_”组成。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 1000 secrets.</source>
        <translation>每页数量必须在 1 到 1000 个凭据之间。</translation>
    </message>
    <message>
        <source>The region must look like &quot;cn-north-4&quot;: lowercase letters, digits and hyphens.</source>
        <translation>区域格式应类似“cn-north-4”：小写字母、数字和连字符。</translation>
    </message>
    <message>
        <source>The CSMS endpoint must be an http or https address such as https://kms.cn-north-4.myhuaweicloud.com.</source>
        <translation>CSMS 终端节点必须是 http 或 https 地址，例如 https://kms.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>The IAM endpoint must be an http or https address such as https://iam.cn-north-4.myhuaweicloud.com.</source>
        <translation>IAM 终端节点必须是 http 或 https 地址，例如 https://iam.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>Choose a region, or enter the CSMS endpoint.</source>
        <translation>请选择区域，或输入 CSMS 终端节点。</translation>
    </message>
    <message>
        <source>Without a region, enter the IAM endpoint too (it is needed to sign in or to look up the project id).</source>
        <translation>未选择区域时，还需输入 IAM 终端节点（登录或查询项目ID时需要）。</translation>
    </message>
    <message>
        <source>The project id must be 32 hexadecimal characters; leave it empty to look it up from the region.</source>
        <translation>项目ID必须是 32 位十六进制字符；留空则根据区域自动查询。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥 AK。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name of the IAM user.</source>
        <translation>请输入 IAM 用户所属的账号名（租户名）。</translation>
    </message>
    <message>
        <source>A profile with this id exists already.</source>
        <translation>已存在相同 ID 的配置。</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>此配置已不存在。</translation>
    </message>
    <message>
        <source>A production profile cannot use the unencrypted CSMS endpoint %1: the password, tokens and secret values would cross the network in clear text. Use https (plain http is only allowed to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>生产环境配置不能使用未加密的 CSMS 终端节点 %1：密码、令牌和凭据值会以明文在网络上传输。请使用 https（仅允许对本机使用明文 http：localhost、127.0.0.1 或 ::1）。</translation>
    </message>
    <message>
        <source>A production profile cannot use the unencrypted IAM endpoint %1: the password and tokens would cross the network in clear text. Use https (plain http is only allowed to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>生产环境配置不能使用未加密的 IAM 终端节点 %1：密码和令牌会以明文在网络上传输。请使用 https（仅允许对本机使用明文 http：localhost、127.0.0.1 或 ::1）。</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the password, tokens and secret values would cross the network in clear text. Use https.</source>
        <translation>%1 未加密：密码、令牌和凭据值会以明文在网络上传输。请使用 https。</translation>
    </message>
</context>
<context>
    <name>keystage::RotationEditor</name>
    <message>
        <source>on, every %1</source>
        <translation>已开启，每 %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Only database secrets (RDS, TaurusDB) can be rotated: CSMS does not rotate %1 secrets.</source>
        <translation>只有数据库凭据（RDS、TaurusDB）可以轮转：CSMS 不轮转 %1 凭据。</translation>
    </message>
    <message>
        <source>The secret is %1: only an enabled secret can be rotated.</source>
        <translation>凭据状态为 %1：只有已启用的凭据可以轮转。</translation>
    </message>
    <message>
        <source>A period is a whole number and a unit: d, h, m or s (e.g. 30d, 12h).</source>
        <translation>周期由整数和单位组成：d、h、m 或 s（例如 30d、12h）。</translation>
    </message>
    <message>
        <source>The period must be from 6 hours to 8,760 hours (365 days).</source>
        <translation>周期必须在 6 小时至 8,760 小时（365 天）之间。</translation>
    </message>
    <message>
        <source>Auto rotation of %1 changed since you opened it: it is %2 now. Nothing was changed.</source>
        <translation>%1 的自动轮转在您打开后已被更改：现在为%2。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was rotated since the preview.</source>
        <translation>%1 在预览之后已被轮转。</translation>
    </message>
    <message>
        <source>SYSCURRENT of %1 moved to %2 since the preview.</source>
        <translation>%1 的 SYSCURRENT 在预览之后已移到 %2。</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 现在为 %2。</translation>
    </message>
    <message>
        <source>Nothing was rotated.</source>
        <translation>未轮转任何内容。</translation>
    </message>
</context>
<context>
    <name>keystage::SecretAdmin</name>
    <message>
        <source>The description takes %1 bytes; at most %2 are allowed (a Chinese character takes 3).</source>
        <translation>描述占 %1 字节；最多允许 %2 字节（一个汉字占 3 字节）。</translation>
    </message>
    <message>
        <source>A KMS key id has %1 to %2 characters.</source>
        <translation>KMS 密钥 ID 为 %1 到 %2 个字符。</translation>
    </message>
    <message>
        <source>A KMS key id holds no spaces.</source>
        <translation>KMS 密钥 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The description of %1 was changed elsewhere since you read it: nothing was written.</source>
        <translation>自您读取后，%1 的描述已在别处被修改：未写入任何内容。</translation>
    </message>
    <message>
        <source>The KMS key of %1 was changed elsewhere since you read it: nothing was written.</source>
        <translation>自您读取后，%1 的 KMS 密钥已在别处被修改：未写入任何内容。</translation>
    </message>
    <message>
        <source>The tags of this secret were changed elsewhere since you read them: nothing was written.</source>
        <translation>自您读取后，此凭据的标签已在别处被修改：未写入任何内容。</translation>
    </message>
    <message>
        <source>The version %1 of %2 no longer exists.</source>
        <translation>%2 的版本 %1 已不存在。</translation>
    </message>
    <message>
        <source>The expiry of %1 was changed elsewhere since you read it: nothing was written.</source>
        <translation>自您读取后，%1 的过期时间已在别处被修改：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>keystage::SecretAssociation</name>
    <message>
        <source>TaurusDB (%1)</source>
        <translation>TaurusDB（%1）</translation>
    </message>
    <message>
        <source>unknown (the rotation configuration could not be read)</source>
        <translation>未知（无法读取轮转配置）</translation>
    </message>
    <message>
        <source>%1, instance unknown (the rotation configuration could not be read)</source>
        <translation>%1，实例未知（无法读取轮转配置）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (no instance id)</source>
        <translation>%1（无实例 ID）</translation>
    </message>
    <message>
        <source>%1 instance %2</source>
        <translation>%1 实例 %2</translation>
    </message>
</context>
<context>
    <name>keystage::SecretListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Scheduled deletion</source>
        <translation>计划删除时间</translation>
    </message>
    <message>
        <source>Tags not known yet: the list of secrets carries none. A search by name or tag reads them.</source>
        <translation>标签尚未知晓:凭据列表不包含标签。按名称或标签搜索时会读取标签。</translation>
    </message>
    <message>
        <source>The tags a search by name or tag returned: the list of secrets carries none, so other rows show nothing until such a search finds them.</source>
        <translation>搜索(按名称或标签)返回的标签:凭据列表不包含标签,因此其他行在被此类搜索找到之前不显示标签。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>keystage::StageChange</name>
    <message>
        <source>Roll back %1: make %2 current</source>
        <translation>回滚 %1：将 %2 设为当前版本</translation>
    </message>
    <message>
        <source>Move stage %1 of %2 from %3 to %4</source>
        <translation>将 %2 的版本状态 %1 从 %3 移动到 %4</translation>
    </message>
    <message>
        <source>Add stage %1 to %2 of %3</source>
        <translation>为 %3 的 %2 添加版本状态 %1</translation>
    </message>
    <message>
        <source>Delete stage %1 from %2 of %3</source>
        <translation>从 %3 的 %2 删除版本状态 %1</translation>
    </message>
</context>
<context>
    <name>keystage::StageEditor</name>
    <message>
        <source>Stage %1 of secret %2 no longer exists: someone else changed it. Nothing was written.</source>
        <translation>凭据 %2 的版本状态 %1 已不存在：已被他人修改。未写入任何内容。</translation>
    </message>
    <message>
        <source>Stage %1 of secret %2 is now on %3, not on %4: someone else moved it. Nothing was written.</source>
        <translation>凭据 %2 的版本状态 %1 现在位于 %3，而不是 %4：已被他人移动。未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需操作。</translation>
    </message>
    <message>
        <source>A change of %1 is still waiting for the server.</source>
        <translation>%1 的一项更改仍在等待服务器响应。</translation>
    </message>
    <message>
        <source>%1 of %2 is now on %3 and %4 on %5, not where this change expects them: someone else changed them. Nothing was written.</source>
        <translation>%2 的 %1 现在位于 %3，%4 位于 %5，与此更改预期的位置不同：有人更改了它们。未写入任何内容。</translation>
    </message>
    <message>
        <source>A change on a production profile needs the user&apos;s confirmation.</source>
        <translation>生产配置上的更改需要用户确认。</translation>
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation>进行此更改时所用的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>keystage::StagePlanner</name>
    <message>
        <source>%1 is already on the newest version, %2.</source>
        <translation>%1 已在最新版本 %2 上。</translation>
    </message>
    <message>
        <source>No version holds %1.</source>
        <translation>没有版本持有 %1。</translation>
    </message>
    <message>
        <source>%1 is already on %2, with %3.</source>
        <translation>%1 已在 %2 上，与 %3 在一起。</translation>
    </message>
    <message>
        <source>No version holds %1: there is nothing to delete.</source>
        <translation>没有版本持有 %1：无需删除。</translation>
    </message>
</context>
<context>
    <name>keystage::StageRules</name>
    <message>
        <source>A stage name has 1 to 64 characters: letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>版本状态名称为 1 到 64 个字符：字母、数字、“_”和“-”。</translation>
    </message>
    <message>
        <source>SYSCURRENT and SYSPREVIOUS are built in and cannot be deleted.</source>
        <translation>SYSCURRENT 和 SYSPREVIOUS 为系统内置状态，无法删除。</translation>
    </message>
    <message>
        <source>No version holds this stage.</source>
        <translation>没有版本持有此版本状态。</translation>
    </message>
    <message>
        <source>The target version does not exist.</source>
        <translation>目标版本不存在。</translation>
    </message>
    <message>
        <source>The stage already labels this version.</source>
        <translation>此版本已有该版本状态。</translation>
    </message>
    <message>
        <source>The stage already exists; move it instead.</source>
        <translation>该版本状态已存在；请改为移动它。</translation>
    </message>
    <message numerus="yes">
        <source>A secret can have at most %n stages, built-in stages included.</source>
        <translation>
            <numerusform>每个凭据最多 %n 个版本状态（包括系统内置版本状态）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no previous version to roll back to.</source>
        <translation>没有可回滚到的上一版本。</translation>
    </message>
    <message>
        <source>SYSCURRENT moves to %1: applications reading the current value will get this version.</source>
        <translation>SYSCURRENT 将移到 %1：读取当前值的应用将获得此版本。</translation>
    </message>
    <message>
        <source>No version will hold SYSPREVIOUS.</source>
        <translation>将没有版本持有 SYSPREVIOUS。</translation>
    </message>
    <message>
        <source>SYSPREVIOUS moves to %1: the rollback target changes.</source>
        <translation>SYSPREVIOUS 将移到 %1：回滚目标随之改变。</translation>
    </message>
    <message>
        <source>%1 keeps no stage and becomes deprecated: CSMS may purge it.</source>
        <translation>%1 将不再有任何版本状态并变为已弃用：CSMS 可能会清除它。</translation>
    </message>
    <message numerus="yes">
        <source>The secret will hold %n stages, the limit: no new stage can be added.</source>
        <translation>
            <numerusform>该凭据将有 %n 个版本状态，达到上限：无法再添加版本状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>SYSPENDING belongs to rotation: only CSMS sets, moves and removes it.</source>
        <translation>SYSPENDING 属于轮转：只有 CSMS 才能设置、移动和移除它。</translation>
    </message>
    <message>
        <source>The secret is pending deletion: CSMS refuses every change until it is restored (CSMS.0103).</source>
        <translation>该凭据正在等待删除：在恢复之前，CSMS 会拒绝任何更改（CSMS.0103）。</translation>
    </message>
    <message>
        <source>The secret is frozen: CSMS refuses every change to it.</source>
        <translation>该凭据已冻结：CSMS 会拒绝对它的任何更改。</translation>
    </message>
    <message>
        <source>The secret is disabled: CSMS adds new versions only to enabled secrets.</source>
        <translation>该凭据已禁用：CSMS 只为已启用的凭据添加新版本。</translation>
    </message>
    <message numerus="yes">
        <source>The secret has %n versions, the limit: on the next new version CSMS may purge the oldest version without a stage, or may refuse the new version.</source>
        <translation>
            <numerusform>该凭据已有 %n 个版本，达到上限：下次创建新版本时，CSMS 可能清除最早的无版本状态的版本，也可能拒绝创建新版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret has %n versions, the limit, and every version holds a stage: CSMS may refuse the new version.</source>
        <translation>
            <numerusform>该凭据已有 %n 个版本，达到上限，且每个版本都带有版本状态：CSMS 可能拒绝创建新版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret has %n versions, the limit: CSMS may purge the oldest unstaged version (%1), or may refuse the new version.</source>
        <translation>
            <numerusform>该凭据已有 %n 个版本，达到上限：CSMS 可能清除最早的无版本状态的版本（%1），也可能拒绝创建新版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated database secret (SingleUser): each rotation reset the database password, so %1 may hold a password the database no longer accepts. Applications reading SYSCURRENT may fail to log in.</source>
        <translation>已轮转的数据库凭据（SingleUser）：每次轮转都会重置数据库密码，因此 %1 中的密码可能已不再被数据库接受。读取 SYSCURRENT 的应用可能无法登录。</translation>
    </message>
    <message>
        <source>Rotated database secret (MultiUser): rotation alternates two database users through SYSPENDING, and a later rotation may have changed the password in %1. Applications reading SYSCURRENT may fail to log in.</source>
        <translation>已轮转的数据库凭据（MultiUser）：轮转通过 SYSPENDING 交替使用两个数据库用户，之后的轮转可能已更改 %1 中的密码。读取 SYSCURRENT 的应用可能无法登录。</translation>
    </message>
    <message>
        <source>Rotated secret: %1 may hold a database password that a later rotation replaced. Applications reading SYSCURRENT may fail to log in.</source>
        <translation>已轮转的凭据：%1 中的数据库密码可能已被之后的轮转替换。读取 SYSCURRENT 的应用可能无法登录。</translation>
    </message>
    <message>
        <source>Rotated database secret: CSMS does not set this value in the database. Once it is SYSCURRENT, applications log in with it, and the database accepts it only if you set the same password there.</source>
        <translation>已轮转的数据库凭据：CSMS 不会在数据库中设置此值。一旦它成为 SYSCURRENT，应用将用它登录，而只有在数据库中也设置了相同的密码时，数据库才会接受。</translation>
    </message>
</context>
<context>
    <name>keystage::TagRules</name>
    <message>
        <source>Name at least one tag.</source>
        <translation>请至少指定一个标签。</translation>
    </message>
    <message>
        <source>At most %1 tags in one change.</source>
        <translation>一次更改最多 %1 个标签。</translation>
    </message>
    <message>
        <source>A tag key cannot be empty.</source>
        <translation>标签键不能为空。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>标签键“%1…”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; starts or ends with a space.</source>
        <translation>标签键“%1”以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Tag keys starting with _sys_ are reserved for the service.</source>
        <translation>以 _sys_ 开头的标签键为服务保留。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; may hold only letters, digits, spaces and _ . : = + - @.</source>
        <translation>标签键“%1”只能包含字母、数字、空格和 _ . : = + - @。</translation>
    </message>
    <message>
        <source>The tag value &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>标签值“%1…”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The tag value &quot;%1&quot; may hold only letters, digits, spaces and _ . : / = + - @.</source>
        <translation>标签值“%1”只能包含字母、数字、空格和 _ . : / = + - @。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; appears twice: a key holds one value.</source>
        <translation>标签键“%1”出现了两次：一个键只能有一个值。</translation>
    </message>
    <message>
        <source>A secret holds at most %1 tags; this would give it %2.</source>
        <translation>一个凭据最多有 %1 个标签；此更改后将有 %2 个。</translation>
    </message>
</context>
<context>
    <name>keystage::TokenProvider</name>
    <message>
        <source>The profile has no IAM endpoint, user or password</source>
        <translation>该配置缺少 IAM 终端节点、用户名或密码</translation>
    </message>
    <message>
        <source>The token provider is not attached to a client</source>
        <translation>令牌提供者未关联到客户端</translation>
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
        <translation>版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>版本状态</translation>
    </message>
</context>
<context>
    <name>keystage::codec</name>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>the body is not valid JSON</source>
        <translation>响应体不是有效的 JSON</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>the field %1 is missing or not an object</source>
        <translation>字段 %1 缺失或不是对象</translation>
    </message>
    <message>
        <source>the field total_count is missing</source>
        <translation>缺少字段 total_count</translation>
    </message>
    <message>
        <source>the X-Subject-Token header is missing</source>
        <translation>缺少 X-Subject-Token 响应头</translation>
    </message>
    <message>
        <source>the field token is missing or not an object</source>
        <translation>字段 token 缺失或不是对象</translation>
    </message>
    <message>
        <source>the field token.expires_at is missing or invalid</source>
        <translation>字段 token.expires_at 缺失或无效</translation>
    </message>
    <message numerus="yes">
        <source>IAM lists %n project(s) named %1; set the project id in the profile</source>
        <translation>
            <numerusform>IAM 中有 %n 个名为 %1 的项目；请在配置中填写项目ID</numerusform>
        </translation>
    </message>
    <message>
        <source>the field %1 has an unexpected type</source>
        <translation>字段 %1 的类型不符合预期</translation>
    </message>
    <message>
        <source>a secret has no name</source>
        <translation>某个凭据没有名称</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>缺少字段 %1</translation>
    </message>
    <message>
        <source>the field %1 is missing or not a string</source>
        <translation>字段 %1 缺失或不是字符串</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ActivityPane</name>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Show only the calls that failed.</source>
        <translation>只显示失败的调用。</translation>
    </message>
    <message>
        <source>Filter calls (path, status, code, request id)</source>
        <translation>筛选调用（路径、状态码、错误码、请求 ID）</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>筛选活动日志</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the calls shown to a CSV or JSON lines file</source>
        <translation>将显示的调用保存为 CSV 或 JSON Lines 文件</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>导出活动日志</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>keystage::ui::AddStageDialog</name>
    <message>
        <source>Add stage to %1</source>
        <translation>为 %1 添加版本状态</translation>
    </message>
    <message>
        <source>e.g. BETA, canary, release-2</source>
        <translation>例如 BETA、canary、release-2</translation>
    </message>
    <message>
        <source>%1 of %2 stages used by this secret.</source>
        <translation>此凭据已使用 %1/%2 个版本状态。</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加版本状态</translation>
    </message>
    <message>
        <source>Type a name: letters, digits, &quot;_&quot; and &quot;-&quot;, at most 64 characters.</source>
        <translation>请输入名称：字母、数字、“_”和“-”，最多 64 个字符。</translation>
    </message>
    <message>
        <source>%1 already exists on %2: drag it to move it instead.</source>
        <translation>%1 已在 %2 上：请拖动它来移动。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>版本状态名称</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits, &apos;-&apos; or &apos;_&apos;; a secret holds at most %1 stages.</source>
        <translation>最多 64 个字母、数字、“-”或“_”；每个凭据最多 %1 个版本状态。</translation>
    </message>
    <message>
        <source>Stages used</source>
        <translation>已用版本状态</translation>
    </message>
    <message>
        <source>Stage &amp;name:</source>
        <translation>版本状态名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>keystage::ui::AdminCommand</name>
    <message>
        <source>Edit the description and KMS key of %1</source>
        <translation>编辑 %1 的描述和 KMS 密钥</translation>
    </message>
    <message>
        <source>Edit the tags of %1</source>
        <translation>编辑 %1 的标签</translation>
    </message>
    <message>
        <source>Set the expiry of %1 %2</source>
        <translation>设置 %1 %2 的过期时间</translation>
    </message>
    <message>
        <source>Clear the expiry of %1 %2</source>
        <translation>清除 %1 %2 的过期时间</translation>
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation>做出此更改的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::AsyncUndoCommand</name>
    <message>
        <source>Could not undo &quot;%1&quot;</source>
        <translation>无法撤销“%1”</translation>
    </message>
    <message>
        <source>Could not redo &quot;%1&quot;</source>
        <translation>无法重做“%1”</translation>
    </message>
    <message>
        <source>(removed from the undo history)</source>
        <translation>（已从撤销历史中移除）</translation>
    </message>
    <message>
        <source>(nothing changed; you can try again)</source>
        <translation>（未做任何更改；可以重试）</translation>
    </message>
</context>
<context>
    <name>keystage::ui::AutoRotationDialog</name>
    <message>
        <source>Rotate a&amp;utomatically</source>
        <translation>自动轮转(&amp;U)</translation>
    </message>
    <message>
        <source>Auto rotation of %1</source>
        <translation>%1 的自动轮转</translation>
    </message>
    <message>
        <source>Rotation period</source>
        <translation>轮转周期</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Unit of the rotation period</source>
        <translation>轮转周期的单位</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>每(&amp;E)：</translation>
    </message>
    <message>
        <source>From 6 hours to 365 days. The next rotation is one period after you apply. CSMS rotates database secrets (RDS, TaurusDB) only.</source>
        <translation>6 小时至 365 天。下次轮转在应用后一个周期进行。CSMS 只轮转数据库凭据（RDS、TaurusDB）。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
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
        <translation>
            <numerusform>恢复 %n 个计划删除的凭据：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s):</source>
        <translation>
            <numerusform>删除 %n 个凭据：</numerusform>
        </translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Schedule deletion, recoverable for</source>
        <translation>计划删除，可恢复期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Delete immediately — cannot be undone</source>
        <translation>立即删除 — 无法撤销</translation>
    </message>
    <message>
        <source>To confirm, type the number of secrets (%1):</source>
        <translation>请输入凭据数量（%1）以确认：</translation>
    </message>
    <message>
        <source>Number of secrets to delete</source>
        <translation>要删除的凭据数量</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n secret(s)</source>
        <translation>
            <numerusform>恢复 %n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s) now</source>
        <translation>
            <numerusform>立即删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule deletion of %n secret(s)</source>
        <translation>
            <numerusform>计划删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>%1 — waiting</source>
        <translation>%1 — 等待中</translation>
    </message>
    <message>
        <source>%1 — in progress</source>
        <translation>%1 — 进行中</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — 已完成</translation>
    </message>
    <message>
        <source>%1 — not tried (cancelled)</source>
        <translation>%1 — 未尝试（已取消）</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — 失败：%2</translation>
    </message>
    <message>
        <source>%1 — unconfirmed, the service did not answer: %2</source>
        <translation>%1 — 未确认，服务未响应：%2</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled deletion (%n day(s) to recover)</source>
        <translation>
            <numerusform>计划删除（%n 天内可恢复）</numerusform>
        </translation>
    </message>
    <message>
        <source>Immediate deletion</source>
        <translation>立即删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancelling: no new secret is started…</source>
        <translation>正在取消：不再开始新的凭据…</translation>
    </message>
    <message>
        <source>Can this be undone</source>
        <translation>能否撤销</translation>
    </message>
    <message>
        <source>Schedule deletion</source>
        <translation>计划删除</translation>
    </message>
    <message>
        <source>The secrets stay recoverable for the chosen number of days; Edit &gt; Undo cancels the deletion.</source>
        <translation>凭据在所选天数内可以恢复；“编辑 &gt; 撤销”可取消删除。</translation>
    </message>
    <message>
        <source>Recovery window in days</source>
        <translation>恢复期（天）</translation>
    </message>
    <message>
        <source>Delete immediately</source>
        <translation>立即删除</translation>
    </message>
    <message>
        <source>Deletes the secrets and all their versions at once. This cannot be undone.</source>
        <translation>立即删除凭据及其所有版本。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Immediate deletion cannot be undone: it is not added to Edit &gt; Undo, and the secrets and all their versions are gone at once.</source>
        <translation>立即删除无法撤销：它不会加入“编辑 &gt; 撤销”，凭据及其所有版本会被立即删除。</translation>
    </message>
    <message>
        <source>Scheduled deletion can be undone with Edit &gt; Undo (Ctrl+Z), or restored later from the list, until the recovery window ends.</source>
        <translation>计划删除可以通过“编辑 &gt; 撤销”（Ctrl+Z）撤销，也可以在恢复期结束前从列表中恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s) immediately</source>
        <translation>
            <numerusform>立即删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule the deletion of %n secret(s)</source>
        <translation>
            <numerusform>计划删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: the production profile&apos;s name was not confirmed.</source>
        <translation>未开始：未确认生产环境配置的名称。</translation>
    </message>
    <message>
        <source>%1 — already scheduled for deletion: left as it is</source>
        <translation>%1 — 已计划删除：保持不变</translation>
    </message>
    <message>
        <source>%1 — already scheduled for deletion: deleted now too</source>
        <translation>%1 — 已计划删除：也将立即删除</translation>
    </message>
    <message>
        <source>Nothing to schedule: every one of them is already scheduled for deletion.</source>
        <translation>无需计划：所选凭据均已计划删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s), %1 already scheduled for deletion:</source>
        <translation>
            <numerusform>删除 %n 个凭据（其中 %1 个已计划删除）：</numerusform>
        </translation>
    </message>
    <message>
        <source>To delete it for good, type its name (%1):</source>
        <translation>要永久删除它，请输入其名称（%1）：</translation>
    </message>
    <message>
        <source>To delete them for good, type &quot;%1&quot;:</source>
        <translation>要永久删除它们，请输入“%1”：</translation>
    </message>
    <message>
        <source>Confirmation of the immediate deletion</source>
        <translation>立即删除的确认</translation>
    </message>
</context>
<context>
    <name>keystage::ui::BulkTagCommand</name>
    <message numerus="yes">
        <source>Tag %n secret(s) with %1</source>
        <translation>
            <numerusform>为 %n 个凭据加上标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag %1 from %n secret(s)</source>
        <translation>
            <numerusform>从 %n 个凭据删除标签 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation>进行此更改的连接已关闭。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需执行任何操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) skipped, their tags were changed elsewhere: %1</source>
        <translation>
            <numerusform>已跳过 %n 个凭据，其标签已在别处被更改：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) failed: %1</source>
        <translation>
            <numerusform>%n 个凭据失败：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystage::ui::BulkTagDialog</name>
    <message>
        <source>&amp;Add or set the tag</source>
        <translation>添加或设置标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the tag</source>
        <translation>删除标签(&amp;R)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Check unconfirmed</source>
        <translation>核实未确认项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n secret(s)</source>
        <translation>
            <numerusform>为 %n 个凭据加标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>value (may be empty)</source>
        <translation>值（可为空）</translation>
    </message>
    <message>
        <source>Secrets and results</source>
        <translation>凭据和结果</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Reading the tags of the unconfirmed secrets…</source>
        <translation>正在读取未确认凭据的标签…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>No secret is selected.</source>
        <translation>未选择凭据。</translation>
    </message>
    <message>
        <source>Enter the tag key.</source>
        <translation>请输入标签键。</translation>
    </message>
    <message numerus="yes">
        <source>Untag %n secret(s)</source>
        <translation>
            <numerusform>从 %n 个凭据删除标签</numerusform>
        </translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n secret(s) with %1</source>
        <translation>
            <numerusform>为 %n 个凭据加上标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag %1 from %n secret(s)</source>
        <translation>
            <numerusform>从 %n 个凭据删除标签 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>Cancelling: no new secret is started…</source>
        <translation>正在取消：不再开始新的凭据…</translation>
    </message>
</context>
<context>
    <name>keystage::ui::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reveal this key</source>
        <translation>明文显示此键(&amp;R)</translation>
    </message>
    <message>
        <source>Compare two values</source>
        <translation>比较两个凭据值</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>%1 secret</source>
        <translation>%1凭据</translation>
    </message>
    <message>
        <source>%1 version or stage</source>
        <translation>%1版本或版本状态</translation>
    </message>
    <message>
        <source>A version id (v3) or a stage name (SYSCURRENT)</source>
        <translation>版本 ID（v3）或版本状态名称（SYSCURRENT）</translation>
    </message>
    <message>
        <source>Fetch both values and compare them; neither is shown</source>
        <translation>获取两个凭据值并进行比较；两者都不会显示</translation>
    </message>
    <message>
        <source>Nothing is fetched until you choose Compare.</source>
        <translation>在您选择“比较”之前不会获取任何内容。</translation>
    </message>
    <message>
        <source>Keys compared</source>
        <translation>已比较的键</translation>
    </message>
    <message numerus="yes">
        <source>Show the two values of the selected key; they hide themselves after %n second(s)</source>
        <translation>
            <numerusform>显示所选键的两个值；它们会在 %n 秒后自动隐藏</numerusform>
        </translation>
    </message>
    <message>
        <source>Left value of the key</source>
        <translation>该键的左侧值</translation>
    </message>
    <message>
        <source>Right value of the key</source>
        <translation>该键的右侧值</translation>
    </message>
    <message>
        <source>Fetching both values…</source>
        <translation>正在获取两个凭据值…</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>版本状态 %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Comparing failed</source>
        <translation>比较失败</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same value.</source>
        <translation>%1 与 %2 的凭据值相同。</translation>
    </message>
    <message>
        <source>%1 → %2: %3 changed, %4 added, %5 removed, %6 unchanged. Values stay masked: select a changed key and Reveal it to see both.</source>
        <translation>%1 → %2：%3 个已更改，%4 个已添加，%5 个已删除，%6 个未更改。凭据值保持隐藏：选择一个已更改的键并明文显示以查看两者。</translation>
    </message>
    <message>
        <source>The values differ. %1: %3 characters, fingerprint %5. %2: %4 characters, fingerprint %6. Fingerprints are salted for this comparison only.</source>
        <extracomment>%3 and %4 are lengths, %5 and %6 short fingerprints of the two values</extracomment>
        <translation>凭据值不同。%1：%3 个字符，指纹 %5。%2：%4 个字符，指纹 %6。指纹仅对本次比较加盐。</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>&amp;Hide the values</source>
        <translation>隐藏凭据值(&amp;H)</translation>
    </message>
</context>
<context>
    <name>keystage::ui::CompareModel</name>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <extracomment>a JSON value&apos;s type and its length, e.g. &quot;string, 12 characters&quot;</extracomment>
        <translation>
            <numerusform>%1，%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ConnectionTester</name>
    <message>
        <source>secrets are listed</source>
        <translation>可以列出凭据</translation>
    </message>
    <message>
        <source>the project has no secrets yet</source>
        <translation>该项目还没有凭据</translation>
    </message>
    <message>
        <source>Connected: project %1, %2.</source>
        <translation>连接成功：项目 %1，%2。</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::CreateOptions</name>
    <message>
        <source>Binary value from a &amp;file…</source>
        <translation>从文件读取二进制值(&amp;F)…</translation>
    </message>
    <message>
        <source>Use text</source>
        <translation>使用文本</translation>
    </message>
    <message>
        <source>&amp;Rotate automatically every</source>
        <translation>自动轮转周期(&amp;R)</translation>
    </message>
    <message>
        <source>csms/default (the service&apos;s default key)</source>
        <translation>csms/default（服务的默认密钥）</translation>
    </message>
    <message>
        <source>KMS key id</source>
        <translation>KMS 密钥 ID</translation>
    </message>
    <message>
        <source>Single user: rotation resets the account&apos;s password</source>
        <translation>单用户：轮转时重置账号口令</translation>
    </message>
    <message>
        <source>Two users: rotation alternates two accounts</source>
        <translation>双用户：轮转时交替使用两个账号</translation>
    </message>
    <message>
        <source>Rotation sub-type</source>
        <translation>轮转子类型</translation>
    </message>
    <message>
        <source>Rotation period</source>
        <translation>轮转周期</translation>
    </message>
    <message>
        <source>A number and a unit: d, h, m or s; from 6 hours to 365 days.</source>
        <translation>数字加单位：d、h、m 或 s；6 小时到 365 天。</translation>
    </message>
    <message>
        <source>Enterprise project id</source>
        <translation>企业项目 ID</translation>
    </message>
    <message>
        <source>Rotation &amp;sub-type:</source>
        <translation>轮转子类型(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;KMS key id:</source>
        <translation>KMS 密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Enterprise pro&amp;ject:</source>
        <translation>企业项目(&amp;J)：</translation>
    </message>
    <message>
        <source>Binary value</source>
        <translation>二进制值</translation>
    </message>
    <message>
        <source>A KMS key id looks like 0d0466b0-e727-4d9c-b35d-f84bb474a37f; leave it empty for csms/default.</source>
        <translation>KMS 密钥 ID 形如 0d0466b0-e727-4d9c-b35d-f84bb474a37f；留空则使用 csms/default。</translation>
    </message>
    <message>
        <source>The rotation period is a number and a unit (d, h, m or s), from 6 hours to 365 days, e.g. 30d.</source>
        <translation>轮转周期为数字加单位（d、h、m 或 s），6 小时到 365 天，例如 30d。</translation>
    </message>
    <message>
        <source>Enter the enterprise project id, or remove it from the profile.</source>
        <translation>请输入企业项目 ID，或从配置中删除它。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file has %1 bytes; CSMS stores at most %2 as a binary value.</source>
        <translation>文件有 %1 字节；CSMS 的二进制值最多 %2 字节。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>binary, %1 bytes</source>
        <translation>二进制，%1 字节</translation>
    </message>
</context>
<context>
    <name>keystage::ui::CsmsRegions</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>华北-北京二</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>华东-青岛</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation>亚太-马尼拉</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation>非洲-开罗</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>拉美-墨西哥城一</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>MY-Kuala Lumpur</source>
        <translation>马来西亚-吉隆坡</translation>
    </message>
    <message>
        <source>RU-Moscow</source>
        <translation>俄罗斯-莫斯科</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>keystage::ui::DeletionCommand</name>
    <message>
        <source>Schedule deletion of %1</source>
        <translation>计划删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Schedule deletion of %n secret(s)</source>
        <translation>
            <numerusform>计划删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation>进行此更改的连接已关闭。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需操作。</translation>
    </message>
    <message numerus="yes">
        <source>The deletion of %n secret(s) could not be cancelled: %1</source>
        <translation>
            <numerusform>无法取消 %n 个凭据的删除：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be scheduled for deletion again: %1</source>
        <translation>
            <numerusform>无法再次计划删除 %n 个凭据：%1</numerusform>
        </translation>
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
        <source>No secret selected</source>
        <translation>未选择凭据</translation>
    </message>
    <message>
        <source>service default</source>
        <translation>服务默认</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>计划于 %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>every %1, next %2</source>
        <translation>每 %1，下次 %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one secret to see its details.</source>
        <translation>选择一个凭据以查看其详情。</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Rotates as:</source>
        <translation>轮转方式：</translation>
    </message>
</context>
<context>
    <name>keystage::ui::EventEditDialog</name>
    <message>
        <source>Version created</source>
        <translation>版本已创建</translation>
    </message>
    <message>
        <source>Version expired</source>
        <translation>版本已过期</translation>
    </message>
    <message>
        <source>Secret rotated</source>
        <translation>凭据已轮转</translation>
    </message>
    <message>
        <source>Secret deleted</source>
        <translation>凭据已删除</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>轮转失败</translation>
    </message>
    <message>
        <source>&amp;Enabled: notify when one of these happens</source>
        <translation>启用(&amp;E)：发生以下任一情况时通知</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>编辑事件 %1</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <translation>字母、数字、_ 和 -</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Fires on:</source>
        <translation>触发条件：</translation>
    </message>
    <message>
        <source>urn:smn:region:project:topic</source>
        <translation>urn:smn:区域:项目:主题</translation>
    </message>
    <message>
        <source>SMN topic &amp;URN:</source>
        <translation>SMN 主题 &amp;URN：</translation>
    </message>
    <message>
        <source>Topic na&amp;me:</source>
        <translation>主题名称(&amp;M)：</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The name is 1 to 64 letters, digits, _ or -.</source>
        <translation>名称为 1 到 64 个字母、数字、_ 或 -。</translation>
    </message>
    <message>
        <source>Choose at least one thing to be notified of.</source>
        <translation>请至少选择一种要通知的情况。</translation>
    </message>
    <message>
        <source>The topic URN is 1 to 256 letters, digits, -, ., _ or :.</source>
        <translation>主题 URN 为 1 到 256 个字母、数字、-、.、_ 或 :。</translation>
    </message>
    <message>
        <source>The topic name is 1 to 64 letters, digits, _ or -.</source>
        <translation>主题名称为 1 到 64 个字母、数字、_ 或 -。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::EventsDialog</name>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Invalid target</source>
        <translation>目标无效</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>禁用(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notifies of</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>SMN topic</source>
        <translation>SMN 主题</translation>
    </message>
    <message>
        <source>Select a secret to subscribe it to an event.</source>
        <translation>选择一个凭据以将其订阅到事件。</translation>
    </message>
    <message>
        <source>Secret %1 &amp;notifies through:</source>
        <translation>凭据 %1 的通知事件(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>事件(&amp;V)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Notification &amp;records</source>
        <translation>通知记录(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>The events could not be read</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>（无事件）</translation>
    </message>
    <message>
        <source>The notification records could not be read</source>
        <translation>无法读取通知记录</translation>
    </message>
    <message>
        <source>The subscription of secret %1 could not be read</source>
        <translation>无法读取凭据 %1 的订阅</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <translation>创建事件 %1</translation>
    </message>
    <message>
        <source>Change event %1</source>
        <translation>更改事件 %1</translation>
    </message>
    <message>
        <source>Event %1 created</source>
        <translation>事件 %1 已创建</translation>
    </message>
    <message>
        <source>Event %1 saved</source>
        <translation>事件 %1 已保存</translation>
    </message>
    <message>
        <source>Event %1 was not created</source>
        <translation>事件 %1 未创建</translation>
    </message>
    <message>
        <source>Event %1 was not saved</source>
        <translation>事件 %1 未保存</translation>
    </message>
    <message>
        <source>Enable event %1</source>
        <translation>启用事件 %1</translation>
    </message>
    <message>
        <source>Disable event %1</source>
        <translation>禁用事件 %1</translation>
    </message>
    <message>
        <source>Event %1 enabled</source>
        <translation>事件 %1 已启用</translation>
    </message>
    <message>
        <source>Event %1 disabled</source>
        <translation>事件 %1 已禁用</translation>
    </message>
    <message>
        <source>Event %1 was not changed</source>
        <translation>事件 %1 未更改</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>删除事件 %1</translation>
    </message>
    <message>
        <source>Event %1 deleted</source>
        <translation>事件 %1 已删除</translation>
    </message>
    <message>
        <source>Event %1 was not deleted</source>
        <translation>事件 %1 未删除</translation>
    </message>
    <message>
        <source>Unsubscribe secret %1 from events</source>
        <translation>取消凭据 %1 的事件订阅</translation>
    </message>
    <message>
        <source>Subscribe secret %1 to event %2</source>
        <translation>将凭据 %1 订阅到事件 %2</translation>
    </message>
    <message>
        <source>Secret %1 notifies no event</source>
        <translation>凭据 %1 不再通知任何事件</translation>
    </message>
    <message>
        <source>Secret %1 notifies through %2</source>
        <translation>凭据 %1 通过事件 %2 通知</translation>
    </message>
    <message>
        <source>The subscription of secret %1 was not changed</source>
        <translation>凭据 %1 的订阅未更改</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ExpiryController</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>CSMS changes the expiry of versions of enabled secrets only; this one is %1.</source>
        <translation>CSMS 只能修改已启用凭据的版本过期时间；此凭据为 %1。</translation>
    </message>
    <message>
        <source>Set e&amp;xpiry…</source>
        <translation>设置过期时间(&amp;X)…</translation>
    </message>
    <message>
        <source>C&amp;lear expiry</source>
        <translation>清除过期时间(&amp;L)</translation>
    </message>
    <message>
        <source>Set the expiry of %1 %2</source>
        <translation>设置 %1 %2 的过期时间</translation>
    </message>
    <message>
        <source>Clear the expiry of %1 %2</source>
        <translation>清除 %1 %2 的过期时间</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ExpiryDelegate</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>今天过期</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>明天过期</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>%1 天后过期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ExpiryDialog</name>
    <message>
        <source>&amp;No expiry</source>
        <translation>不过期(&amp;N)</translation>
    </message>
    <message>
        <source>Expiry of %1 %2</source>
        <translation>%1 %2 的过期时间</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ImportPicker</name>
    <message>
        <source>The file has no KooCLI profile &quot;%1&quot;.</source>
        <translation>文件中没有 KooCLI 配置“%1”。</translation>
    </message>
    <message>
        <source>Import a KooCLI profile</source>
        <translation>导入 KooCLI 配置</translation>
    </message>
    <message>
        <source>The file holds several profiles. Import:</source>
        <translation>该文件包含多个配置。导入：</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::InstanceDeleteDialog</name>
    <message>
        <source>Delete now</source>
        <translation>立即删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete all secrets of an instance</source>
        <translation>删除实例的所有凭据</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Instance id:</source>
        <translation>实例 ID：</translation>
    </message>
    <message>
        <source>Instance type:</source>
        <translation>实例类型：</translation>
    </message>
    <message>
        <source>The batch deletion failed: %1</source>
        <translation>批量删除失败：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Total: %1 · deleted: %2 · failed: %3</source>
        <translation>总计：%1 · 已删除：%2 · 失败：%3</translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation>%1 — 已删除</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — 失败：%2</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>此操作无法撤销</translation>
    </message>
    <message>
        <source>Delete every secret of instance %1 immediately</source>
        <translation>立即删除实例 %1 的所有凭据</translation>
    </message>
    <message>
        <source>Not started: the production profile&apos;s name was not confirmed.</source>
        <translation>未开始：未确认生产环境配置的名称。</translation>
    </message>
    <message>
        <source>Pick an instance seen on the server, or type its id</source>
        <translation>选择在服务器上看到的实例，或输入其 ID</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>TaurusDB (GaussDB-FG secrets)</source>
        <translation>TaurusDB（GaussDB-FG 凭据）</translation>
    </message>
    <message>
        <source>RDS (RDS-FG secrets)</source>
        <translation>RDS（RDS-FG 凭据）</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Every secret the server associates with the instance is deleted immediately. This cannot be undone, and it is not added to Edit &gt; Undo.</source>
        <translation>服务器关联到该实例的每个凭据都会被立即删除。此操作无法撤销，也不会加入“编辑 &gt; 撤销”。</translation>
    </message>
    <message>
        <source>The server decides which secrets belong to the instance. The list below is Keystage&apos;s own reading of every secret on the server (its rotation configuration and type); the server may read some differently.</source>
        <translation>哪些凭据属于该实例由服务器决定。下面的列表是 Keystage 对服务器上每个凭据（其轮转配置和类型）的自行解读；服务器对其中一些的解读可能不同。</translation>
    </message>
    <message>
        <source>%1 instance %2</source>
        <translation>%1 实例 %2</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止读取</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Reading every secret on the server: %1 of %2…</source>
        <translation>正在读取服务器上的所有凭据：%1 / %2…</translation>
    </message>
    <message>
        <source>Reading every secret on the server: %1…</source>
        <translation>正在读取服务器上的所有凭据：%1…</translation>
    </message>
    <message>
        <source>All %1 secrets on the server were read.</source>
        <translation>已读取服务器上的全部 %1 个凭据。</translation>
    </message>
    <message numerus="yes">
        <source>The rotation configuration of %n secret(s) could not be read: their instance is unknown, and the server may delete them too.</source>
        <translation>
            <numerusform>有 %n 个凭据的轮转配置无法读取：其所属实例未知，服务器也可能将其删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the secrets stopped after %1: %2. Nothing can be deleted until they are all read.</source>
        <translation>读取凭据在 %1 个后停止：%2。全部读取完成之前无法删除任何凭据。</translation>
    </message>
    <message>
        <source>Reading the secrets was stopped after %1. Nothing can be deleted until they are all read.</source>
        <translation>读取凭据在 %1 个后被停止。全部读取完成之前无法删除任何凭据。</translation>
    </message>
    <message>
        <source>Pick or type an instance id, or choose an instance type.</source>
        <translation>请选择或输入实例 ID，或选择实例类型。</translation>
    </message>
    <message>
        <source>Keystage reads %1 of the %2 secrets on the server as belonging to it.</source>
        <translation>Keystage 判断服务器上 %2 个凭据中有 %1 个属于该实例。</translation>
    </message>
    <message>
        <source>Found so far: %1 (the list is complete only when every secret is read).</source>
        <translation>目前找到：%1（读取完所有凭据后列表才完整）。</translation>
    </message>
    <message>
        <source>Waiting for every secret to be read…</source>
        <translation>正在等待读取全部凭据…</translation>
    </message>
    <message>
        <source>Nothing to delete: Keystage finds no secret of it.</source>
        <translation>没有可删除的内容：Keystage 未找到属于它的凭据。</translation>
    </message>
    <message>
        <source>To delete them for good, type &quot;%1&quot;:</source>
        <translation>要永久删除它们，请输入“%1”：</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n secret(s) now</source>
        <translation>
            <numerusform>立即删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s reading differed from the preview: %1 not previewed, %2 previewed but left alone.</source>
        <translation>服务器的判断与预览不同：%1 个未在预览中，%2 个在预览中但未被处理。</translation>
    </message>
    <message>
        <source>The server took exactly the previewed secrets.</source>
        <translation>服务器处理的正是预览中的凭据。</translation>
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
        <translation>配置</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Versions and stages</source>
        <translation>版本及版本状态</translation>
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
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>剪贴板将在 %n 秒后清空</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>连接配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>新建凭据(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a secret with its first value</source>
        <translation>创建凭据并设置其初始值</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>新建版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Store a new value of the selected secret</source>
        <translation>为所选凭据存储新值</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Production profile</source>
        <translation>生产环境配置</translation>
    </message>
    <message>
        <source>This profile is marked production: destructive actions ask for its name.</source>
        <translation>此配置标记为生产环境：破坏性操作需要输入其名称确认。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Secret %1 was created</source>
        <translation>已创建凭据 %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 was created</source>
        <translation>已创建 %2 的版本 %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the last undo or redo.</source>
        <translation>正在等待服务器完成上一次撤销或重做。</translation>
    </message>
    <message>
        <source>&amp;Copy names</source>
        <translation>复制名称(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the names of the selected secrets, one per line</source>
        <translation>复制所选凭据的名称，每行一个</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n name(s)</source>
        <translation>
            <numerusform>已复制 %n 个名称</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Keystage</source>
        <translation>关于 Keystage(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About Keystage</source>
        <translation>关于 Keystage</translation>
    </message>
    <message>
        <source>Keystage %1</source>
        <translation>Keystage %1</translation>
    </message>
    <message>
        <source>A desktop client for Huawei Cloud CSMS: secrets, their versions and stages.</source>
        <translation>华为云 CSMS 桌面客户端：凭据、凭据版本与版本状态。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Settings (layout and profiles, never a secret): %1</source>
        <translation>设置（仅布局与连接配置，从不保存凭据值）：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>&amp;Compare values…</source>
        <translation>比较凭据值(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare two versions of the selected secret without showing their values</source>
        <translation>比较所选凭据的两个版本而不显示其值</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) scheduled for deletion</source>
        <translation>
            <numerusform>已计划删除 %n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) restored</source>
        <translation>
            <numerusform>已恢复 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret %1 was created. The filter would hide it: it was cleared.</source>
        <translation>凭据 %1 已创建。筛选条件会将其隐藏:已清除筛选条件。</translation>
    </message>
    <message>
        <source>Stage &amp;plan…</source>
        <translation>阶段计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Move, add, delete or roll back a stage on many secrets at once</source>
        <translation>一次在多个凭据上移动、添加、删除或回滚阶段</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Manage events, subscribe the selected secret, read notifications</source>
        <translation>管理事件、订阅所选凭据、查看通知</translation>
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
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>隐藏此消息。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>keystage::ui::MetadataDialog</name>
    <message>
        <source>Description and KMS key of %1</source>
        <translation>%1 的描述和 KMS 密钥</translation>
    </message>
    <message>
        <source>Edit the description and KMS key</source>
        <translation>编辑描述和 KMS 密钥</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>KMS key id</source>
        <translation>KMS 密钥 ID</translation>
    </message>
    <message>
        <source>The KMS key that encrypts new versions; existing versions keep theirs.</source>
        <translation>加密新版本的 KMS 密钥；已有版本保留原密钥。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;KMS key id:</source>
        <translation>KMS 密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>A new KMS key encrypts the versions created from now on only.</source>
        <translation>新的 KMS 密钥只加密从现在起创建的版本。</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题所在</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the description and KMS key</source>
        <translation>保存描述和 KMS 密钥</translation>
    </message>
    <message>
        <source>Enabled once something changed and is valid.</source>
        <translation>有有效更改后可用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <source>Edit the description and KMS key of %1</source>
        <translation>编辑 %1 的描述和 KMS 密钥</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The dialog shows the server&apos;s values again.</source>
        <translation>对话框重新显示服务器上的值。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::NewSecretDialog</name>
    <message>
        <source>New secret</source>
        <translation>新建凭据</translation>
    </message>
    <message>
        <source>e.g. db-password</source>
        <translation>例如 db-password</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>凭据名称</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, hyphens or underscores; it cannot be changed later.</source>
        <translation>1 到 64 个字母、数字、连字符或下划线；创建后无法修改。</translation>
    </message>
    <message>
        <source>The value (text or JSON)</source>
        <translation>凭据值（文本或 JSON）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Optional, shown in the details.</source>
        <translation>可选，显示在详情中。</translation>
    </message>
    <message>
        <source>Common secret</source>
        <translation>通用凭据</translation>
    </message>
    <message>
        <source>RDS database account (RDS-FG)</source>
        <translation>RDS 数据库账号（RDS-FG）</translation>
    </message>
    <message>
        <source>Secret type</source>
        <translation>凭据类型</translation>
    </message>
    <message>
        <source>Database account secrets belong to a database instance and need its id.</source>
        <translation>数据库账号凭据属于某个数据库实例，需要提供实例 ID。</translation>
    </message>
    <message>
        <source>Database instance id</source>
        <translation>数据库实例 ID</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>凭据值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Instance id:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Create the secret</source>
        <translation>创建凭据</translation>
    </message>
    <message>
        <source>Enabled once the name and the value are valid.</source>
        <translation>名称和凭据值有效后可用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a name for the secret.</source>
        <translation>请输入凭据名称。</translation>
    </message>
    <message>
        <source>A name may contain only letters, digits, hyphens (-) and underscores (_).</source>
        <translation>名称只能包含字母、数字、连字符（-）和下划线（_）。</translation>
    </message>
    <message>
        <source>Enter the value to store.</source>
        <translation>请输入要存储的凭据值。</translation>
    </message>
    <message>
        <source>A database account secret needs the id of its database instance.</source>
        <translation>数据库账号凭据需要其数据库实例的 ID。</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>%1 was not created: %2. Enter the value again to retry.</source>
        <translation>%1 未创建：%2。请重新输入凭据值后重试。</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>A name is at most 64 characters long; this one has %1.</source>
        <translation>名称最多 64 个字符；当前为 %1 个。</translation>
    </message>
    <message>
        <source>Not connected: what you typed is kept here, and Create is back when the connection is.</source>
        <translation>未连接：已输入的内容会保留在这里，连接恢复后即可创建。</translation>
    </message>
    <message>
        <source>TaurusDB database account (GaussDB-FG)</source>
        <translation>TaurusDB 数据库账号（GaussDB-FG）</translation>
    </message>
    <message>
        <source>Required for RDS and TaurusDB (GaussDB-FG) secrets.</source>
        <translation>RDS 和 TaurusDB（GaussDB-FG）凭据必填。</translation>
    </message>
    <message>
        <source>The description takes %1 bytes of UTF-8; CSMS accepts at most %2.</source>
        <translation>描述占用 %1 字节（UTF-8）；CSMS 最多接受 %2 字节。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::NewVersionDialog</name>
    <message>
        <source>&amp;Expires on</source>
        <translation>过期时间(&amp;E)</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <source>The new value (text or JSON)</source>
        <translation>新的凭据值（文本或 JSON）</translation>
    </message>
    <message>
        <source>SYSCURRENT (the default)</source>
        <translation>SYSCURRENT（默认）</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>版本状态</translation>
    </message>
    <message>
        <source>Optional: the stages the new version gets, separated by spaces or commas. Each stage moves from the version that holds it now. Empty: SYSCURRENT.</source>
        <translation>可选：新版本获得的版本状态，用空格或逗号分隔。每个版本状态会从当前持有它的版本移过来。留空：SYSCURRENT。</translation>
    </message>
    <message>
        <source>The version expires</source>
        <translation>版本会过期</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>过期日期和时间</translation>
    </message>
    <message>
        <source>When the version expires; it must be in the future.</source>
        <translation>版本的过期时间；必须是将来的时间。</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>凭据值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>版本状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Create version</source>
        <translation>创建版本</translation>
    </message>
    <message>
        <source>Create the version</source>
        <translation>创建此版本</translation>
    </message>
    <message>
        <source>Enabled once the value and the stages are valid.</source>
        <translation>凭据值和版本状态有效后可用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the new value.</source>
        <translation>请输入新的凭据值。</translation>
    </message>
    <message>
        <source>%1 is not a valid stage name (letters, digits, - and _, at most 64).</source>
        <translation>%1 不是有效的版本状态名称（字母、数字、- 和 _，最多 64 个）。</translation>
    </message>
    <message>
        <source>A secret has at most %1 stages.</source>
        <translation>每个凭据最多 %1 个版本状态。</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>过期时间必须是将来的时间。</translation>
    </message>
    <message>
        <source>Creating a version of %1…</source>
        <translation>正在为 %1 创建版本…</translation>
    </message>
    <message>
        <source>No version was created: %1. Enter the value again to retry.</source>
        <translation>未创建版本：%1。请重新输入凭据值后重试。</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Not connected: what you typed is kept here, and Create is back when the connection is.</source>
        <translation>未连接：已输入的内容会保留在这里，连接恢复后即可创建。</translation>
    </message>
    <message>
        <source>What may happen</source>
        <translation>可能发生的情况</translation>
    </message>
    <message>
        <source>Start from &amp;current value</source>
        <translation>从当前值开始(&amp;C)</translation>
    </message>
    <message>
        <source>Start from the current value</source>
        <translation>从当前值开始</translation>
    </message>
    <message>
        <source>Reads the value of the SYSCURRENT version into the editor, masked, to edit it. It replaces what is typed; nothing is read before you ask.</source>
        <translation>将 SYSCURRENT 版本的值以掩码形式读入编辑框以便修改。它会替换已输入的内容；在您要求之前不会读取任何内容。</translation>
    </message>
    <message>
        <source>Reading the current value of %1…</source>
        <translation>正在读取 %1 的当前值…</translation>
    </message>
    <message>
        <source>The current value could not be read: %1</source>
        <translation>无法读取当前值：%1</translation>
    </message>
    <message>
        <source>%1 holds a binary value: a new version starts from text only.</source>
        <translation>%1 保存的是二进制值：新版本只能从文本开始。</translation>
    </message>
    <message>
        <source>Started from the value of %1 (SYSCURRENT), masked: edit it, then Create.</source>
        <translation>已从 %1（SYSCURRENT）的值开始，已掩码：修改后点击“创建”。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::PasswordGenerator</name>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <source>Fill the value with a password the service generates; it stays hidden</source>
        <translation>用服务生成的密码填充值；密码保持隐藏</translation>
    </message>
    <message>
        <source>A generated password, hidden: Show displays it</source>
        <translation>已生成的密码（已隐藏）：点击“显示”查看</translation>
    </message>
    <message>
        <source>Not connected: no password can be generated now.</source>
        <translation>未连接：现在无法生成密码。</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>No password was generated: %1</source>
        <translation>未生成密码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %n character(s)</source>
        <translation>
            <numerusform>%1  %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
</context>
<context>
    <name>keystage::ui::PasswordOptionsDialog</name>
    <message>
        <source>&amp;Lower-case letters (a–z)</source>
        <translation>小写字母(&amp;L)（a–z）</translation>
    </message>
    <message>
        <source>&amp;Upper-case letters (A–Z)</source>
        <translation>大写字母(&amp;U)（A–Z）</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>数字(&amp;D)（0–9）</translation>
    </message>
    <message>
        <source>&amp;Punctuation (!#$%…)</source>
        <translation>标点符号(&amp;P)（!#$%…）</translation>
    </message>
    <message>
        <source>Sp&amp;ace</source>
        <translation>空格(&amp;A)</translation>
    </message>
    <message>
        <source>At least one of &amp;each chosen kind</source>
        <translation>所选每种字符至少一个(&amp;E)</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>生成密码</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>e.g. 0O1lI&apos;&quot;`</source>
        <translation>例如 0O1lI&apos;&quot;`</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>长度(&amp;G)：</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>字符：</translation>
    </message>
    <message>
        <source>&amp;Never use:</source>
        <translation>不使用(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>请至少选择一种字符。</translation>
    </message>
    <message>
        <source>%1 characters cannot hold one of each of %2 kinds.</source>
        <translation>%1 个字符无法容纳 %2 种字符各一个。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::PlanCommand</name>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation>进行此更改的连接已关闭。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>%1 of %2 secrets were not changed: %3</source>
        <translation>%2 个凭据中有 %1 个未更改：%3</translation>
    </message>
</context>
<context>
    <name>keystage::ui::PlanModel</name>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 在 %2</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需更改</translation>
    </message>
    <message>
        <source>Cannot be done</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ProductionGuard</name>
    <message>
        <source>PRODUCTION</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Production profile</source>
        <translation>生产环境配置</translation>
    </message>
    <message>
        <source>Confirm an action on a production profile</source>
        <translation>确认对生产环境配置的操作</translation>
    </message>
    <message>
        <source>Production marker</source>
        <translation>生产环境标记</translation>
    </message>
    <message>
        <source>%1 on the production profile &quot;%2&quot;.

Type the profile name to confirm.</source>
        <translation>将在生产环境配置“%2”上执行：%1。

请输入配置名称以确认。</translation>
    </message>
    <message>
        <source>What is about to happen</source>
        <translation>即将执行的操作</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Type the name of the production profile exactly to enable the confirm button.</source>
        <translation>准确输入生产环境配置的名称后，确认按钮才可用。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Carries out the action; enabled once the profile name is typed.</source>
        <translation>执行该操作；输入配置名称后可用。</translation>
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
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <source>Choose a profile to edit, test or delete it.</source>
        <translation>选择一个配置以编辑、测试或删除。</translation>
    </message>
    <message>
        <source>Start a new, empty profile.</source>
        <translation>新建一个空白配置。</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved secret.</source>
        <translation>删除所选配置及其已保存的密钥。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Fill in a new profile from the Huawei Cloud SDK environment variables or a KooCLI configuration file.</source>
        <translation>根据华为云 SDK 环境变量或 KooCLI 配置文件填写新配置。</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>导入来源</translation>
    </message>
    <message>
        <source>From the &amp;environment variables</source>
        <translation>从环境变量(&amp;E)</translation>
    </message>
    <message>
        <source>From a &amp;KooCLI configuration…</source>
        <translation>从 KooCLI 配置(&amp;K)…</translation>
    </message>
    <message>
        <source>KooCLI configuration</source>
        <translation>KooCLI 配置</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Welcome to Keystage. Create a profile to connect to Huawei Cloud CSMS, or try the local sandbox first: a CSMS on this computer with demo secrets, where nothing can break.</source>
        <translation>欢迎使用 Keystage。请创建配置以连接华为云凭据管理服务（CSMS），或先试用本地沙箱：一个运行在本机、带有演示凭据的 CSMS，怎么操作都不会造成损坏。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Start csms-local with demo secrets and open it.</source>
        <translation>启动带有演示凭据的 csms-local 并打开。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Makes one real call with these settings and shows the answer.</source>
        <translation>使用当前设置发起一次真实调用，并显示结果。</translation>
    </message>
    <message>
        <source>Stops the running connection test.</source>
        <translation>停止正在进行的连接测试。</translation>
    </message>
    <message>
        <source>&amp;Keep the secret for this session only</source>
        <translation>仅在本次会话中保留密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Save the profile and keep its secret in memory until Keystage closes, without the keychain.</source>
        <translation>保存配置，并将密钥保留在内存中直到 Keystage 关闭，不使用密钥环。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the profile; the secret goes to the keychain or memory as chosen.</source>
        <translation>保存配置；密钥按所选方式保存到密钥环或内存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Open the saved profile in the main window.</source>
        <translation>在主窗口中打开已保存的配置。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this dialog.</source>
        <translation>关闭此对话框。</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1（生产环境）</translation>
    </message>
    <message>
        <source>The profile cannot be saved yet:
%1</source>
        <translation>配置暂时无法保存：
%1</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>正在将密钥保存到系统密钥环…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain, so the profile was not saved.</source>
        <translation>密钥无法保存到系统密钥环，因此配置未保存。</translation>
    </message>
    <message>
        <source>The secret could not be saved.</source>
        <translation>密钥无法保存。</translation>
    </message>
    <message>
        <source>The profile could not be saved:
%1</source>
        <translation>配置无法保存：
%1</translation>
    </message>
    <message>
        <source>Saved. The secret is kept in memory until Keystage closes.</source>
        <translation>已保存。密钥保留在内存中，直到 Keystage 关闭。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Fix these first:
%1</source>
        <translation>请先解决以下问题：
%1</translation>
    </message>
    <message>
        <source>Enter the secret key (SK) first.</source>
        <translation>请先输入秘密访问密钥 SK。</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation>正在读取已保存的密钥…</translation>
    </message>
    <message>
        <source>The saved secret could not be read.</source>
        <translation>无法读取已保存的密钥。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试到 %1 的连接…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Delete the profile and its saved secret</source>
        <translation>删除配置及其已保存的密钥</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved secret? This cannot be undone.</source>
        <translation>删除配置“%1”及其已保存的密钥？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Removing the saved secret of &quot;%1&quot;…</source>
        <translation>正在移除“%1”已保存的密钥…</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted, but its secret could not be removed from the system keychain.</source>
        <translation>配置“%1”已删除，但其密钥未能从系统密钥环中移除。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>配置“%1”已删除。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Check the fields, then save.</source>
        <translation>已导入“%1”。请检查各字段后保存。</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>配置(&amp;F)：</translation>
    </message>
    <message>
        <source>Try the local sandbo&amp;x</source>
        <translation>试用本地沙箱(&amp;X)</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>取消测试(&amp;L)</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ProfileForm</name>
    <message>
        <source>Profile settings</source>
        <translation>配置设置</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. &quot;Payments production&quot;.</source>
        <translation>便于识别的名称，例如“支付生产环境”。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The Huawei Cloud region of the secrets. Pick one or type a region id; leave it empty only when you enter both endpoints.</source>
        <translation>凭据所在的华为云区域。可从列表选择或输入区域 ID；仅在填写了两个终端节点时才可留空。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>项目ID</translation>
    </message>
    <message>
        <source>32 hexadecimal characters. Leave it empty to look it up from the region.</source>
        <translation>32 位十六进制字符。留空则根据区域自动查询。</translation>
    </message>
    <message>
        <source>Looked up from the region</source>
        <translation>根据区域自动查询</translation>
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation>访问密钥 AK/SK</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户名和密码</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>How Keystage signs in: with an access key pair, or as an IAM user.</source>
        <translation>Keystage 的登录方式：使用访问密钥对，或以 IAM 用户身份登录。</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>访问密钥 AK</translation>
    </message>
    <message>
        <source>The access key id (AK). It is not secret and is saved with the profile.</source>
        <translation>访问密钥 ID（AK）。它不是机密信息，会随配置保存。</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 AK(&amp;A)：</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>秘密访问密钥 SK</translation>
    </message>
    <message>
        <source>The secret access key (SK). Never saved in the settings file.</source>
        <translation>秘密访问密钥（SK）。不会保存到设置文件中。</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Only for temporary keys (STS). Leave it empty otherwise.</source>
        <translation>仅用于临时密钥（STS）。否则请留空。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>The IAM user to sign in as.</source>
        <translation>用于登录的 IAM 用户。</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>The account (domain) the IAM user belongs to.</source>
        <translation>IAM 用户所属的账号（租户）。</translation>
    </message>
    <message>
        <source>Acc&amp;ount (domain):</source>
        <translation>账号名(&amp;O)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The IAM user&apos;s password. Never saved in the settings file.</source>
        <translation>IAM 用户的密码。不会保存到设置文件中。</translation>
    </message>
    <message>
        <source>CSMS endpoint</source>
        <translation>CSMS 终端节点</translation>
    </message>
    <message>
        <source>Optional: a custom CSMS address. Empty: the region&apos;s endpoint.</source>
        <translation>可选：自定义的 CSMS 地址。留空：使用区域的终端节点。</translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation>IAM 终端节点</translation>
    </message>
    <message>
        <source>Optional: a custom IAM address. Empty: the region&apos;s endpoint.</source>
        <translation>可选：自定义的 IAM 地址。留空：使用区域的终端节点。</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>在系统密钥环中记住密钥</translation>
    </message>
    <message>
        <source>Checked: the secret is kept in the system keychain across restarts. Unchecked: it is kept in memory until Keystage closes.</source>
        <translation>勾选：密钥保存在系统密钥环中，重启后仍可用。不勾选：密钥保留在内存中，直到 Keystage 关闭。</translation>
    </message>
    <message>
        <source>&amp;Production: ask me to type the profile name before destructive actions</source>
        <translation>生产环境(&amp;P)：执行破坏性操作前要求输入配置名称</translation>
    </message>
    <message>
        <source>Production profile</source>
        <translation>生产环境配置</translation>
    </message>
    <message>
        <source>Marks the profile in red and asks for its name before anything is deleted or moved irreversibly.</source>
        <translation>以红色标记该配置，并在删除或不可逆地移动任何内容前要求输入其名称。</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>此配置存在的问题</translation>
    </message>
    <message>
        <source>Unchanged (saved)</source>
        <translation>未更改（已保存）</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入秘密访问密钥 SK。</translation>
    </message>
    <message>
        <source>Enter the password of the IAM user.</source>
        <translation>请输入 IAM 用户的密码。</translation>
    </message>
    <message>
        <source>Enter the secret again to move it into the system keychain.</source>
        <translation>请重新输入密钥，以将其移入系统密钥环。</translation>
    </message>
    <message>
        <source>Enter the secret again to keep it in memory only.</source>
        <translation>请重新输入密钥，以仅在内存中保留。</translation>
    </message>
    <message>
        <source>Required without a region</source>
        <translation>未选择区域时必填</translation>
    </message>
    <message>
        <source>Pro&amp;ject id:</source>
        <translation>项目ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation>登录方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Secret ke&amp;y (SK):</source>
        <translation>秘密访问密钥 SK(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sec&amp;urity token:</source>
        <translation>安全令牌(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>密码(&amp;A)：</translation>
    </message>
    <message>
        <source>CS&amp;MS endpoint:</source>
        <translation>CSMS 终端节点(&amp;M)：</translation>
    </message>
    <message>
        <source>IAM &amp;endpoint:</source>
        <translation>IAM 终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>Remem&amp;ber the secret in the system keychain</source>
        <translation>在系统密钥环中记住密钥(&amp;B)</translation>
    </message>
    <message>
        <source>Warning about the endpoints</source>
        <translation>终端节点警告</translation>
    </message>
    <message>
        <source>Enterprise project id</source>
        <translation>企业项目 ID</translation>
    </message>
    <message>
        <source>Optional: the enterprise project new secrets are created in.</source>
        <translation>可选：新建凭据所属的企业项目。</translation>
    </message>
    <message>
        <source>Enterprise project:</source>
        <translation>企业项目：</translation>
    </message>
</context>
<context>
    <name>keystage::ui::RiskyMoveDialog</name>
    <message>
        <source>Confirm stage change</source>
        <translation>确认版本状态变更</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again until Keystage closes</source>
        <translation>在 Keystage 关闭前不再询问(&amp;D)</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <source>Skip this confirmation for risky stage changes until Keystage closes.</source>
        <translation>在 Keystage 关闭前，跳过对高风险版本状态变更的确认。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>将发生的变化</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Leave the stages as they are.</source>
        <translation>保持版本状态不变。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::RotateNowDialog</name>
    <message>
        <source>no version</source>
        <translation>无版本</translation>
    </message>
    <message>
        <source>CSMS creates a new version with a new random password and moves SYSCURRENT to it. SYSCURRENT now: %1; it becomes SYSPREVIOUS.</source>
        <translation>CSMS 会创建一个带有新随机密码的新版本，并将 SYSCURRENT 移到该版本。当前的 SYSCURRENT：%1；它将变为 SYSPREVIOUS。</translation>
    </message>
    <message>
        <source>%1 loses SYSPREVIOUS; with no other stage it is deprecated and may be purged.</source>
        <translation>%1 失去 SYSPREVIOUS；若没有其他版本状态，它将变为已弃用，并可能被清除。</translation>
    </message>
    <message>
        <source>Login (single user, %1): the database account&apos;s password is changed. Applications that still use the old password cannot log in until they read the new SYSCURRENT value.</source>
        <translation>登录（单用户，%1）：数据库账号的密码将被更改。仍使用旧密码的应用在读取新的 SYSCURRENT 值之前无法登录。</translation>
    </message>
    <message>
        <source>Login (two users, %1): the account SYSPREVIOUS refers to gets a new password and becomes SYSCURRENT. The account in use now keeps its password as SYSPREVIOUS, so applications keep logging in while they move over.</source>
        <translation>登录（双用户，%1）：SYSPREVIOUS 引用的账号获得新密码并成为 SYSCURRENT。当前使用的账号保留其密码并成为 SYSPREVIOUS，因此应用在切换期间仍可登录。</translation>
    </message>
    <message>
        <source>Login (%1): a database account&apos;s password is changed; whether the secret holds one user or two could not be read.</source>
        <translation>登录（%1）：数据库账号的密码将被更改；无法读取该凭据是单用户还是双用户。</translation>
    </message>
    <message>
        <source>Not a database secret: CSMS will refuse to rotate it.</source>
        <translation>不是数据库凭据：CSMS 将拒绝轮转它。</translation>
    </message>
    <message>
        <source>A rotation cannot be undone: the old password is replaced in the database, and no Undo brings it back.</source>
        <translation>轮转无法撤销：数据库中的旧密码会被替换，撤销也无法恢复。</translation>
    </message>
    <message>
        <source>Rotate %1 now</source>
        <translation>立即轮转 %1</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>立即轮转(&amp;R)</translation>
    </message>
</context>
<context>
    <name>keystage::ui::RotationSection</name>
    <message>
        <source>Rotates as</source>
        <translation>轮转方式</translation>
    </message>
    <message>
        <source>Last rotation</source>
        <translation>上次轮转</translation>
    </message>
    <message>
        <source>Latest rotation task</source>
        <translation>最近的轮转任务</translation>
    </message>
    <message>
        <source>A&amp;uto rotation…</source>
        <translation>自动轮转(&amp;U)…</translation>
    </message>
    <message>
        <source>Rota&amp;te now…</source>
        <translation>立即轮转(&amp;T)…</translation>
    </message>
    <message>
        <source>Turn auto rotation of the selected secret on or off</source>
        <translation>开启或关闭所选凭据的自动轮转</translation>
    </message>
    <message>
        <source>Rotate the selected database secret now (a preview first; cannot be undone)</source>
        <translation>立即轮转所选的数据库凭据（先预览；无法撤销）</translation>
    </message>
    <message>
        <source>Rotation actions</source>
        <translation>轮转操作</translation>
    </message>
    <message>
        <source>%1: not rotated by CSMS</source>
        <translation>%1：CSMS 不轮转此类凭据</translation>
    </message>
    <message>
        <source>%1, sub-type unknown</source>
        <translation>%1，子类型未知</translation>
    </message>
    <message>
        <source>last rotated %1</source>
        <translation>上次轮转于 %1</translation>
    </message>
    <message>
        <source>never rotated</source>
        <translation>从未轮转</translation>
    </message>
    <message>
        <source>(task: loading…)</source>
        <translation>（任务：正在加载…）</translation>
    </message>
    <message>
        <source>(task: unavailable: %1)</source>
        <translation>（任务：不可用：%1）</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>（无任务）</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>(task succeeded %1)</source>
        <translation>（任务于 %1 成功）</translation>
    </message>
    <message>
        <source>(task failed %1: %2 %3)</source>
        <translation>（任务于 %1 失败：%2 %3）</translation>
    </message>
    <message>
        <source>(task %1 since %2)</source>
        <translation>（任务 %1，自 %2 起）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Rotate %1 automatically every %2</source>
        <translation>每 %2 自动轮转 %1</translation>
    </message>
    <message>
        <source>Turn off auto rotation of %1</source>
        <translation>关闭 %1 的自动轮转</translation>
    </message>
    <message>
        <source>Changing auto rotation of %1 failed</source>
        <translation>更改 %1 的自动轮转失败</translation>
    </message>
    <message>
        <source>Auto rotation was not changed</source>
        <translation>自动轮转未更改</translation>
    </message>
    <message>
        <source>%1 rotates every %2</source>
        <translation>%1 每 %2 轮转一次</translation>
    </message>
    <message>
        <source>Auto rotation of %1 is off</source>
        <translation>%1 的自动轮转已关闭</translation>
    </message>
    <message>
        <source>Reading %1 for the rotation failed</source>
        <translation>为轮转读取 %1 失败</translation>
    </message>
    <message>
        <source>%1 cannot be rotated</source>
        <translation>%1 无法轮转</translation>
    </message>
    <message>
        <source>Rotate %1 now</source>
        <translation>立即轮转 %1</translation>
    </message>
    <message>
        <source>Rotating %1 failed</source>
        <translation>轮转 %1 失败</translation>
    </message>
    <message>
        <source>Nothing was rotated</source>
        <translation>未轮转任何内容</translation>
    </message>
    <message>
        <source>%1 was rotated: %2 is SYSCURRENT now</source>
        <translation>%1 已轮转：%2 现在是 SYSCURRENT</translation>
    </message>
    <message>
        <source>Rotation task %1</source>
        <translation>轮转任务 %1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SandboxLauncher</name>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>本地沙箱未在 %n 秒内启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The local sandbox server (csms-local) was not found next to Keystage.</source>
        <translation>未在 Keystage 旁找到本地沙箱服务器（csms-local）。</translation>
    </message>
    <message>
        <source>The local sandbox server stopped at once (exit code %1).</source>
        <translation>本地沙箱服务器启动后立即停止（退出码 %1）。</translation>
    </message>
    <message>
        <source>The local sandbox server stopped at once: %1</source>
        <translation>本地沙箱服务器启动后立即停止：%1</translation>
    </message>
    <message>
        <source>The local sandbox server (csms-local) could not be started: %1</source>
        <translation>无法启动本地沙箱服务器（csms-local）：%1</translation>
    </message>
    <message>
        <source>The local sandbox server crashed or was killed.</source>
        <translation>本地沙箱服务器崩溃或被强制结束。</translation>
    </message>
    <message>
        <source>The local sandbox server was stopped from outside Keystage.</source>
        <translation>本地沙箱服务器已在 Keystage 之外被停止。</translation>
    </message>
    <message>
        <source>The local sandbox server stopped with exit code %1.</source>
        <translation>本地沙箱服务器已停止（退出码 %1）。</translation>
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
    <name>keystage::ui::SecretAdminActions</name>
    <message>
        <source>Edit &amp;description and KMS key…</source>
        <translation>编辑描述和 KMS 密钥(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag selected &amp;secrets…</source>
        <translation>为所选凭据加标签(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the selected secret&apos;s description or KMS key</source>
        <translation>修改所选凭据的描述或 KMS 密钥</translation>
    </message>
    <message>
        <source>Add, change or remove the selected secret&apos;s tags</source>
        <translation>添加、修改或删除所选凭据的标签</translation>
    </message>
    <message>
        <source>Add a tag to, or remove it from, every selected secret</source>
        <translation>为每个所选凭据添加或删除一个标签</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SecretFilterBar</name>
    <message>
        <source>Tag: key=value</source>
        <translation>标签:键=值</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Secrets with this tag, searched on the server: key=value, or a key alone for any value. Enter applies it.</source>
        <translation>带有此标签的凭据,在服务器上搜索:键=值,或只写键以匹配任意值。按 Enter 应用。</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Pending deletion</source>
        <translation>计划删除</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>The server cannot search by state: the state is filtered among the secrets loaded or found by the name and tag search.</source>
        <translation>服务器无法按状态搜索:状态在已加载的凭据或按名称和标签搜索到的凭据中筛选。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SecretRowDelegate</name>
    <message>
        <source>deletion on %1</source>
        <translation>将于 %1 删除</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SecretValueEdit</name>
    <message>
        <source>Secret value</source>
        <translation>凭据值</translation>
    </message>
    <message>
        <source>The value to store. It is sent once and then wiped; Keystage never logs or saves it.</source>
        <translation>要存储的凭据值。它只发送一次随即清除；Keystage 从不记录或保存它。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show the value while you type it</source>
        <translation>输入时显示值</translation>
    </message>
    <message>
        <source>Hide the value again</source>
        <translation>再次隐藏值</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>显示值</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>隐藏值</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters.</source>
        <translation>凭据值超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SecretsPane</name>
    <message>
        <source>Filter secrets by name (Ctrl+F)</source>
        <translation>按名称筛选凭据 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <source>The list of secrets is incomplete: %n secret(s) listed, the next page could not be read</source>
        <translation>
            <numerusform>凭据列表不完整：已列出 %n 个凭据，无法读取下一页</numerusform>
        </translation>
    </message>
    <message>
        <source>The secrets could not be listed</source>
        <translation>无法列出凭据</translation>
    </message>
    <message>
        <source>The search on the server failed</source>
        <translation>服务器端搜索失败</translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot;…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Loading the secrets…</source>
        <translation>正在加载凭据…</translation>
    </message>
    <message>
        <source>The list could not be loaded: the message above says why. Refresh (F5) tries again.</source>
        <translation>无法加载列表：原因见上方消息。按“刷新”（F5）重试。</translation>
    </message>
    <message>
        <source>No secret matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的凭据。</translation>
    </message>
    <message>
        <source>No secret matches the tag and state filter.</source>
        <translation>没有凭据匹配标签和状态筛选条件。</translation>
    </message>
    <message>
        <source>This project has no secrets yet. Secrets &gt; New secret… (Ctrl+N) creates one.</source>
        <translation>此项目还没有凭据。可通过“凭据 &gt; 新建凭据…”（Ctrl+N）创建。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::SecretsSummary</name>
    <message>
        <source>Secrets listed</source>
        <translation>已列出的凭据</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) (%1 loaded)</source>
        <translation>
            <numerusform>%n 个匹配（已加载 %1 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>已加载 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) (%1 loaded)</source>
        <translation>
            <numerusform>%n 个凭据（已加载 %1 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ loaded</source>
        <translation>已加载 %1+ 个</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystage::ui::SessionController</name>
    <message>
        <source>The local sandbox could not be started</source>
        <translation>无法启动本地沙箱</translation>
    </message>
    <message>
        <source>The local sandbox stopped</source>
        <extracomment>%1 is the reason, %2 the name of the sandbox profile in the profile list</extracomment>
        <translation>本地沙箱已停止</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>正在启动本地沙箱…</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation>无法打开配置</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>不存在配置“%1”。</translation>
    </message>
    <message>
        <source>Reading the credentials of %1…</source>
        <translation>正在读取 %1 的凭证…</translation>
    </message>
    <message>
        <source>The credentials of %1 could not be read</source>
        <translation>无法读取 %1 的凭证</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not connected: choose or create a profile</source>
        <translation>未连接：请选择或创建配置</translation>
    </message>
    <message>
        <source>Cannot open the profile %1</source>
        <translation>无法打开配置 %1</translation>
    </message>
    <message>
        <source>%1 Its data is kept: Restart starts it again on the same data.</source>
        <translation>%1 数据已保留：“重新启动”会在同一数据上再次启动它。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageBoard</name>
    <message>
        <source>Add stage…</source>
        <translation>添加版本状态…</translation>
    </message>
    <message>
        <source>Add a stage to the selected version</source>
        <translation>为所选版本添加版本状态</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Make the SYSPREVIOUS version current again (SYSCURRENT and SYSPREVIOUS swap)</source>
        <translation>使 SYSPREVIOUS 版本重新成为当前版本（SYSCURRENT 与 SYSPREVIOUS 互换）</translation>
    </message>
    <message>
        <source>The versions of %1 could not be loaded</source>
        <translation>无法加载 %1 的版本</translation>
    </message>
    <message>
        <source>Select a secret to see its versions.</source>
        <translation>选择一个凭据以查看其版本。</translation>
    </message>
    <message>
        <source>%1 of %2 stages used</source>
        <translation>已用 %1/%2 个版本状态</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>正在加载版本…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>正在等待服务器…</translation>
    </message>
    <message>
        <source>%1 cannot move to %2</source>
        <translation>%1 无法移动到 %2</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3?</source>
        <translation>将 %1 从 %2 移动到 %3？</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>%1 cannot be deleted</source>
        <translation>%1 无法删除</translation>
    </message>
    <message>
        <source>Delete the stage %1 of %2?</source>
        <translation>删除 %2 的版本状态 %1？</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除版本状态</translation>
    </message>
    <message>
        <source>Roll back %1 from %2 to %3?</source>
        <translation>将 %1 从 %2 回滚到 %3？</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 was changed by someone else: nothing was written</source>
        <translation>%1 已被他人修改：未写入任何内容</translation>
    </message>
    <message>
        <source>%1 was moved by someone else: it is on %2 now, nothing was written</source>
        <translation>%1 已被他人移动：它现在位于 %2，未写入任何内容</translation>
    </message>
    <message>
        <source>The roll back was only half done: SYSCURRENT moved, SYSPREVIOUS did not</source>
        <translation>回滚只完成了一半：SYSCURRENT 已移动，SYSPREVIOUS 未移动</translation>
    </message>
    <message>
        <source>Move to version…</source>
        <translation>移动到版本…</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Move %1 from %2 to:</source>
        <translation>将 %1 从 %2 移动到：</translation>
    </message>
    <message>
        <source>Add stage to this version…</source>
        <translation>为此版本添加版本状态…</translation>
    </message>
    <message>
        <source>SYSCURRENT and SYSPREVIOUS cannot be deleted</source>
        <translation>SYSCURRENT 和 SYSPREVIOUS 无法删除</translation>
    </message>
    <message>
        <source>Roll back to previous version</source>
        <translation>回滚到上一版本</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加版本状态</translation>
    </message>
    <message>
        <source>Stages used</source>
        <translation>已用版本状态</translation>
    </message>
    <message>
        <source>Board state</source>
        <translation>面板状态</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>The name of the production profile was not confirmed: %1 was not done.</source>
        <translation>未确认生产环境配置的名称：未执行 %1。</translation>
    </message>
    <message>
        <source>No stage can be added to %1</source>
        <translation>无法向 %1 添加版本状态</translation>
    </message>
    <message>
        <source>Add stage %1 to %2?</source>
        <translation>要将版本状态 %1 添加到 %2 吗？</translation>
    </message>
    <message>
        <source>%1 cannot be added</source>
        <translation>无法添加 %1</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back</source>
        <translation>无法回滚 %1</translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation>删除版本状态 %1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageBoardView</name>
    <message>
        <source>Versions and stages</source>
        <translation>版本及版本状态</translation>
    </message>
    <message>
        <source>Left and Right pick a stage, Alt+Up and Alt+Down move it to the version above or below, Delete removes it, the Menu key opens its actions.</source>
        <translation>左右方向键选择版本状态，Alt+上/下方向键将其移到上一个或下一个版本，Delete 键删除它，菜单键打开其操作。</translation>
    </message>
    <message>
        <source>Stage %1 on version %2.</source>
        <translation>版本 %2 上的版本状态 %1。</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>版本 %1。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageChipDelegate</name>
    <message>
        <source>no stage</source>
        <translation>无版本状态</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Deprecated: this version holds no stage, so no application reads it through a stage. CSMS may purge it automatically, for example when the secret reaches its version limit.</source>
        <translation>已弃用：此版本不带任何版本状态，因此没有应用通过版本状态读取它。CSMS 可能会自动清除它，例如在凭据达到版本数量上限时。</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageCommand</name>
    <message>
        <source>The connection this change was made on is closed.</source>
        <translation>进行此更改的连接已关闭。</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;?</source>
        <translation>要撤销“%1”吗？</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo &quot;%1&quot;?</source>
        <translation>要重做“%1”吗？</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StagePlanDialog</name>
    <message>
        <source>Stage plan</source>
        <translation>阶段计划</translation>
    </message>
    <message numerus="yes">
        <source>Finding the secrets: %n found…</source>
        <translation>
            <numerusform>正在查找凭据：已找到 %n 个…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The secrets could not be listed: %1</source>
        <translation>无法列出凭据：%1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected secret(s)</source>
        <translation>
            <numerusform>选中的 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>Every secret matching the filter</source>
        <translation>与筛选条件匹配的所有凭据</translation>
    </message>
    <message>
        <source>Every secret</source>
        <translation>所有凭据</translation>
    </message>
    <message>
        <source>Secrets with a tag</source>
        <translation>带有某个标签的凭据</translation>
    </message>
    <message>
        <source>key=value, or key for any value</source>
        <translation>键=值，或只写键表示任意值</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Secrets:</source>
        <translation>凭据(&amp;S)：</translation>
    </message>
    <message>
        <source>Promote a stage to the newest version</source>
        <translation>将阶段提升到最新版本</translation>
    </message>
    <message>
        <source>Move a stage to the version holding another stage</source>
        <translation>将阶段移到持有另一个阶段的版本</translation>
    </message>
    <message>
        <source>Roll back (SYSCURRENT and SYSPREVIOUS swap)</source>
        <translation>回滚（SYSCURRENT 与 SYSPREVIOUS 互换）</translation>
    </message>
    <message>
        <source>Delete a stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Add a stage to the newest version</source>
        <translation>为最新版本添加阶段</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>Stage name, e.g. BETA</source>
        <translation>阶段名称，例如 BETA</translation>
    </message>
    <message>
        <source>to the version holding, e.g. SYSCURRENT</source>
        <translation>移到持有该阶段的版本，例如 SYSCURRENT</translation>
    </message>
    <message>
        <source>Stage whose version is the target</source>
        <translation>其所在版本为目标的阶段</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Where is this stage?</source>
        <translation>此阶段在哪里？</translation>
    </message>
    <message>
        <source>&amp;Where is this stage?</source>
        <translation>此阶段在哪里(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;Build plan</source>
        <translation>生成计划(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel r&amp;un</source>
        <translation>取消运行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n secret(s)…</source>
        <translation>
            <numerusform>应用到 %n 个凭据(&amp;A)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 of %2 secrets…</source>
        <translation>正在读取第 %1 个，共 %2 个凭据…</translation>
    </message>
    <message>
        <source>Finding the secrets…</source>
        <translation>正在查找凭据…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <source>No secret in this scope.</source>
        <translation>此范围内没有凭据。</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) to change</source>
        <translation>
            <numerusform>%n 个凭据待更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with risks</source>
        <translation>
            <numerusform>，%n 个有风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n need(s) nothing</source>
        <translation>
            <numerusform>，%n 个无需更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cannot be done</source>
        <translation>
            <numerusform>，%n 个无法完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not read</source>
        <translation>
            <numerusform>，%n 个未读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply the stage plan (%1) to %n secret(s)</source>
        <translation>
            <numerusform>将阶段计划（%1）应用到 %n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage plan: %1 (%n secret(s))</source>
        <translation>
            <numerusform>阶段计划：%1（%n 个凭据）</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export the stage plan</source>
        <translation>导出阶段计划</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON 行 (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StageWhereModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>落后 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Newer versions</source>
        <translation>更新的版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>keystage::ui::StatusLine</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::TagsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <source>Edit the tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Tags of the secret</source>
        <translation>凭据的标签</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>value (may be empty)</source>
        <translation>值（可为空）</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题所在</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the tags</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>Enabled once the tags changed.</source>
        <translation>标签有更改后可用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation>正在读取 %1 的标签…</translation>
    </message>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>无法读取标签：%1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>This secret has %1 tags, the most CSMS allows: remove one first.</source>
        <translation>此凭据已有 %1 个标签，达到 CSMS 上限：请先删除一个。</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Edit the tags of %1</source>
        <translation>编辑 %1 的标签</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The dialog shows the server&apos;s tags again.</source>
        <translation>对话框重新显示服务器上的标签。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::UndoHistory</name>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
</context>
<context>
    <name>keystage::ui::ValuePanel</name>
    <message>
        <source>Reveal</source>
        <translation>明文显示</translation>
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation>格式化 JSON</translation>
    </message>
    <message>
        <source>Indent the value when it is JSON</source>
        <translation>凭据值为 JSON 时缩进显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>凭据值</translation>
    </message>
    <message>
        <source>Reading the value of %1 / %2 failed</source>
        <translation>读取 %1 / %2 的凭据值失败</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>凭据值</translation>
    </message>
    <message>
        <source>Value of %1 (%2)</source>
        <translation>%1（%2）的凭据值</translation>
    </message>
    <message>
        <source>Select a version to see its value.</source>
        <translation>选择一个版本以查看其凭据值。</translation>
    </message>
    <message>
        <source>Loading the value…</source>
        <translation>正在加载凭据值…</translation>
    </message>
    <message>
        <source>The value could not be read.</source>
        <translation>无法读取凭据值。</translation>
    </message>
    <message>
        <source>Binary value (Base64), masked.</source>
        <translation>二进制值（Base64），已遮盖。</translation>
    </message>
    <message>
        <source>Masked. &quot;Reveal&quot; shows it.</source>
        <translation>已遮盖。点击“明文显示”查看。</translation>
    </message>
    <message>
        <source>Binary value, shown as Base64.</source>
        <translation>二进制值，以 Base64 显示。</translation>
    </message>
    <message>
        <source>JSON value.</source>
        <translation>JSON 值。</translation>
    </message>
    <message>
        <source>Text value.</source>
        <translation>文本值。</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制凭据值</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Value status</source>
        <translation>凭据值状态</translation>
    </message>
    <message numerus="yes">
        <source>Copy the value without showing it; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>复制凭据值而不显示；剪贴板将在 %n 秒后清除</numerusform>
        </translation>
    </message>
    <message>
        <source>The value of the selected version, fetched and shown only when you choose Reveal.</source>
        <translation>所选版本的凭据值,仅在您选择“明文显示”时获取并显示。</translation>
    </message>
    <message>
        <source>Reveal value</source>
        <translation>显示凭据值</translation>
    </message>
    <message numerus="yes">
        <source>Hidden after %n second(s) on screen.</source>
        <translation>
            <numerusform>在屏幕上显示 %n 秒后已隐藏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden when the window was minimised.</source>
        <translation>窗口最小化时已隐藏。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the value and wipe it from memory</source>
        <translation>隐藏凭据值并从内存中清除</translation>
    </message>
    <message>
        <source>Fetch the value and show it in clear text</source>
        <translation>获取凭据值并以明文显示</translation>
    </message>
    <message>
        <source>The value is not loaded. &quot;Reveal&quot; fetches and shows it.</source>
        <translation>凭据值尚未加载。“明文显示”会获取并显示它。</translation>
    </message>
    <message numerus="yes">
        <source>Hides itself after %n second(s).</source>
        <translation>
            <numerusform>%n 秒后自动隐藏。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Huawei Cloud CSMS secrets.</source>
        <translation>华为云凭据管理服务（CSMS）桌面客户端。</translation>
    </message>
    <message>
        <source>Start the local sandbox (csms-local) and open it.</source>
        <translation>启动本地沙箱（csms-local）并打开。</translation>
    </message>
    <message>
        <source>Open the saved profile NAME (name or id).</source>
        <translation>打开已保存的配置 NAME（名称或 ID）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation>界面语言，例如 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>keystage: no profile &quot;%1&quot;.</source>
        <translation>keystage：不存在配置“%1”。</translation>
    </message>
    <message>
        <source>Print every API call (method, path, status, time, request id) on the terminal. Values, keys and tokens are never printed.</source>
        <translation>在终端输出每个 API 调用（方法、路径、状态、耗时、请求 ID）。凭据值、密钥和令牌从不输出。</translation>
    </message>
</context>
</TS>

#include "ui/valuepanel.h"

#include "core/api/csmsclient.h"
#include "core/api/jsonindent.h"
#include "ui/clipboardguard.h"
#include "ui/secretvalueedit.h"
#include "ui/uilogging.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace keystage::ui {

ValuePanel::ValuePanel(ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_show(new QPushButton(tr("Show value"), this))
    , m_reveal(new QToolButton(this))
    , m_json(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_view(new SecretValueEdit(this))
{
    setObjectName(QStringLiteral("valuePanel"));
    m_show->setObjectName(QStringLiteral("showValueButton"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_json->setObjectName(QStringLiteral("jsonButton"));
    m_copy->setObjectName(QStringLiteral("copyValueButton"));
    m_view->setObjectName(QStringLiteral("valueView"));

    m_reveal->setText(tr("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the value in clear text"));
    m_json->setText(tr("Pretty JSON"));
    m_json->setCheckable(true);
    m_json->setChecked(m_pretty);
    m_json->setToolTip(tr("Indent the value when it is JSON"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the value; the clipboard is cleared after %n second(s)", nullptr,
                          ClipboardGuard::defaultClearDelaySeconds));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    // No Copy menu: the Copy button copies the whole value. A selection in the revealed value
    // (Ctrl+C, a drag, the X11 selection) leaves through the guard as well.
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setClipboardGuard(m_clipboard);
    m_view->setAccessibleName(tr("Secret value"));
    m_view->setAccessibleDescription(
            tr("The value of the selected version, masked until you choose Reveal."));
    m_show->setAccessibleName(tr("Show value"));
    m_show->setAccessibleDescription(
            tr("Fetch the value of the selected version from CSMS; it is wiped when you leave."));
    m_show->setToolTip(m_show->accessibleDescription());
    m_reveal->setAccessibleName(tr("Reveal"));
    m_reveal->setAccessibleDescription(m_reveal->toolTip());
    m_json->setAccessibleName(tr("Pretty JSON"));
    m_json->setAccessibleDescription(m_json->toolTip());
    m_copy->setAccessibleName(tr("Copy value"));
    m_copy->setAccessibleDescription(m_copy->toolTip());
    m_title->setAccessibleName(tr("Version"));
    m_status->setAccessibleName(tr("Value status"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);
    m_view->setMaximumBlockCount(0);
    m_status->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);

    connect(m_show, &QPushButton::clicked, this, [this]() {
        if (m_state == State::Loaded || m_state == State::Loading)
            hideValue();
        else
            fetchValue();
    });
    connect(m_reveal, &QToolButton::toggled, this, &ValuePanel::setRevealed);
    connect(m_json, &QToolButton::toggled, this, &ValuePanel::setPrettyJson);
    connect(m_copy, &QToolButton::clicked, this, &ValuePanel::copyValue);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_json);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    render();
}

ValuePanel::~ValuePanel()
{
    abortReply();
    wipe();
}

void ValuePanel::setClient(CsmsClient *client)
{
    abortReply();
    wipe();
    m_client = client;
    setVersion({}, {});
}

void ValuePanel::setVersion(const QString &secretName, const QString &versionId)
{
    if (secretName == m_secretName && versionId == m_versionId && m_state != State::NoVersion)
        return;
    abortReply();
    wipe();
    m_secretName = secretName;
    m_versionId = versionId;
    m_revealed = false;
    setState(secretName.isEmpty() || versionId.isEmpty() ? State::NoVersion : State::Hidden);
}

bool ValuePanel::valueIsJson() const
{
    if (!m_version || !m_version->secretString)
        return false;
    return codec::isJsonContainer(*m_version->secretString);
}

bool ValuePanel::valueIsBinary() const
{
    return m_version && m_version->isBinary();
}

QString ValuePanel::displayedText() const
{
    return m_view->toPlainText();
}

void ValuePanel::fetchValue()
{
    if (!m_client || m_state == State::NoVersion || m_state == State::Loading)
        return;
    abortReply();
    wipe();
    setState(State::Loading);
    auto *reply = m_client->showVersion(m_secretName, m_versionId);
    m_reply = reply;
    const QString secret = m_secretName;
    const QString version = m_versionId;
    reply->then(this, [this, reply, secret, version](const ApiResult<Version> &result) {
        if (m_reply != reply || secret != m_secretName || version != m_versionId)
            return;
        m_reply = nullptr;
        if (!result.ok()) {
            if (result.error().kind == ApiError::Kind::Cancelled)
                return;
            setState(State::Failed);
            Q_EMIT errorOccurred(tr("Reading the value of %1 / %2 failed").arg(secret, version),
                                 result.error());
            return;
        }
        // Take the value out of the reply so that only this panel holds it.
        m_version = result.value();
        const_cast<Version &>(result.value()).wipe();
        setState(State::Loaded);
    });
}

void ValuePanel::hideValue()
{
    abortReply();
    wipe();
    m_revealed = false;
    setState(m_state == State::NoVersion ? State::NoVersion : State::Hidden);
}

void ValuePanel::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    render();
}

void ValuePanel::setPrettyJson(bool pretty)
{
    if (m_pretty == pretty)
        return;
    m_pretty = pretty;
    render();
}

void ValuePanel::copyValue()
{
    if (!m_clipboard || !m_version)
        return;
    if (m_version->secretString)
        m_clipboard->copySecret(*m_version->secretString);
    else if (m_version->secretBinary)
        m_clipboard->copySecret(QString::fromLatin1(*m_version->secretBinary));
    Q_EMIT valueCopied();
}

void ValuePanel::setState(State state)
{
    const bool changed = m_state != state;
    m_state = state;
    render();
    if (changed)
        Q_EMIT stateChanged(state);
}

void ValuePanel::render()
{
    const bool loaded = m_state == State::Loaded && m_version.has_value();
    m_title->setText(m_state == State::NoVersion
                             ? tr("Value")
                             : tr("Value of %1 (%2)").arg(m_secretName, m_versionId));
    m_show->setEnabled(m_state != State::NoVersion && m_client);
    m_show->setText(loaded || m_state == State::Loading ? tr("Hide value") : tr("Show value"));
    m_reveal->setEnabled(loaded);
    {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(m_revealed && loaded);
    }
    m_copy->setEnabled(loaded);
    const bool json = loaded && valueIsJson();
    m_json->setEnabled(json && m_revealed);

    m_view->clear();
    // Only a revealed value can be selected: the mask is nothing to copy.
    m_view->setTextInteractionFlags(m_state == State::Loaded && m_revealed
                                            ? Qt::TextSelectableByMouse
                                                      | Qt::TextSelectableByKeyboard
                                            : Qt::NoTextInteraction);
    switch (m_state) {
    case State::NoVersion:
        m_status->setText(tr("Select a version to see its value."));
        break;
    case State::Hidden:
        m_status->setText(tr("The value is not loaded. \"Show value\" fetches it."));
        break;
    case State::Loading:
        m_status->setText(tr("Loading the value…"));
        break;
    case State::Failed:
        m_status->setText(tr("The value could not be read."));
        break;
    case State::Loaded:
        if (!m_revealed) {
            m_view->setPlainText(QString(maskLength, QChar(0x2022)));
            m_status->setText(m_version->isBinary() ? tr("Binary value (Base64), masked.")
                                                    : tr("Masked. \"Reveal\" shows it."));
        } else if (m_version->secretBinary) {
            m_view->setPlainText(QString::fromLatin1(*m_version->secretBinary));
            m_status->setText(tr("Binary value, shown as Base64."));
        } else if (m_version->secretString) {
            // Indented, the text keeps its key order and spelling: only whitespace changes.
            std::optional<QString> indented;
            if (json && m_pretty)
                indented = codec::indentJson(*m_version->secretString);
            if (indented) {
                m_view->setPlainText(*indented);
                SecretValueEdit::wipeString(*indented);
            } else {
                m_view->setPlainText(*m_version->secretString);
            }
            m_status->setText(json ? tr("JSON value.") : tr("Text value."));
        }
        break;
    }
}

void ValuePanel::wipe()
{
    if (m_version) {
        m_version->wipe();
        m_version.reset();
    }
    m_view->clear();
}

void ValuePanel::abortReply()
{
    if (m_reply) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
}

} // namespace keystage::ui

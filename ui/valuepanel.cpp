// SPDX-License-Identifier: Apache-2.0
#include "ui/valuepanel.h"

#include "core/api/csmsclient.h"
#include "core/api/jsonindent.h"
#include "ui/clipboardguard.h"
#include "ui/secretvalueedit.h"
#include "ui/uilogging.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace keystage::ui {

ValuePanel::ValuePanel(ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_reveal(new QPushButton(this))
    , m_json(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_view(new SecretValueEdit(this))
{
    setObjectName(QStringLiteral("valuePanel"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_json->setObjectName(QStringLiteral("jsonButton"));
    m_copy->setObjectName(QStringLiteral("copyValueButton"));
    m_view->setObjectName(QStringLiteral("valueView"));

    // One toggle: Reveal fetches the value (when it is not held yet) and shows it; Hide wipes it.
    m_reveal->setCheckable(true);
    m_json->setText(tr("Pretty JSON"));
    m_json->setCheckable(true);
    m_json->setChecked(m_pretty);
    m_json->setToolTip(tr("Indent the value when it is JSON"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the value without showing it; the clipboard is cleared after %n "
                          "second(s)",
                          nullptr, ClipboardGuard::defaultClearDelaySeconds));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    // No Copy menu: the Copy button copies the whole value. A selection in the revealed value
    // (Ctrl+C, a drag, the X11 selection) leaves through the guard as well.
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setClipboardGuard(m_clipboard);
    m_view->setAccessibleName(tr("Secret value"));
    m_view->setAccessibleDescription(tr(
            "The value of the selected version, fetched and shown only when you choose Reveal."));
    m_reveal->setAccessibleName(tr("Reveal value"));
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
    // One line at the least (a scroll area's default is 70 pixels), so the window fits 900x600.
    m_view->setMinimumHeight(
            QFontMetrics(mono).lineSpacing()
            + 2 * (m_view->frameWidth() + int(m_view->document()->documentMargin())));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, [this]() {
        if (m_state != State::Loaded || !m_revealed)
            return;
        hideValue();
        m_hiddenBecause = tr("Hidden after %n second(s) on screen.", nullptr, m_autoHideSeconds);
        render();
    });
    connect(m_reveal, &QPushButton::clicked, this, [this](bool checked) { setRevealed(checked); });
    connect(m_json, &QToolButton::toggled, this, &ValuePanel::setPrettyJson);
    connect(m_copy, &QToolButton::clicked, this, &ValuePanel::copyValue);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
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
    m_onLoad = OnLoad::Keep;
    m_hiddenBecause.clear();
    m_autoHide.stop();
    setState(secretName.isEmpty() || versionId.isEmpty() ? State::NoVersion : State::Hidden);
}

void ValuePanel::setAutoHideSeconds(int seconds)
{
    m_autoHideSeconds = qMax(0, seconds);
    if (m_state == State::Loaded && m_revealed && m_autoHideSeconds > 0)
        m_autoHide.start(m_autoHideSeconds * 1000);
    else if (m_autoHideSeconds == 0)
        m_autoHide.stop();
}

int ValuePanel::autoHideRemainingMs() const
{
    return m_autoHide.isActive() ? m_autoHide.remainingTime() : -1;
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
    m_hiddenBecause.clear();
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
            m_onLoad = OnLoad::Keep;
            m_revealed = false;
            setState(State::Failed);
            Q_EMIT errorOccurred(tr("Reading the value of %1 / %2 failed").arg(secret, version),
                                 result.error());
            return;
        }
        // Take the value out of the reply so that only this panel holds it.
        m_version = result.value();
        const_cast<Version &>(result.value()).wipe();
        const OnLoad then = std::exchange(m_onLoad, OnLoad::Keep);
        if (then == OnLoad::Reveal)
            m_revealed = true;
        setState(State::Loaded);
        if (m_revealed && m_autoHideSeconds > 0)
            m_autoHide.start(m_autoHideSeconds * 1000);
        if (then == OnLoad::Copy)
            copyLoaded();
    });
}

void ValuePanel::hideValue()
{
    abortReply();
    wipe();
    m_revealed = false;
    m_onLoad = OnLoad::Keep;
    m_autoHide.stop();
    m_hiddenBecause.clear();
    setState(m_state == State::NoVersion ? State::NoVersion : State::Hidden);
}

void ValuePanel::setRevealed(bool revealed)
{
    if (!revealed) {
        // Hide wipes: a value that is not on screen is not kept in memory either.
        if (m_state == State::Loaded || m_state == State::Loading)
            hideValue();
        return;
    }
    if (m_state == State::Loaded) {
        if (m_revealed)
            return;
        m_revealed = true;
        if (m_autoHideSeconds > 0)
            m_autoHide.start(m_autoHideSeconds * 1000);
        render();
        return;
    }
    if (m_state == State::NoVersion || !m_client)
        return;
    if (m_state != State::Loading)
        fetchValue();
    m_onLoad = OnLoad::Reveal;
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
    if (!m_clipboard)
        return;
    if (m_state == State::Loaded && m_version) {
        copyLoaded();
        return;
    }
    if (m_state == State::NoVersion || !m_client)
        return;
    // Copy without showing: fetch, copy, and wipe again unless Reveal was asked for meanwhile.
    if (m_state != State::Loading)
        fetchValue();
    if (m_onLoad != OnLoad::Reveal)
        m_onLoad = OnLoad::Copy;
}

void ValuePanel::copyLoaded()
{
    if (!m_clipboard || !m_version)
        return;
    if (m_version->secretString)
        m_clipboard->copySecret(*m_version->secretString);
    else if (m_version->secretBinary)
        m_clipboard->copySecret(QString::fromLatin1(*m_version->secretBinary));
    if (!m_revealed) {
        // The masked value served only this copy: nothing stays in memory.
        wipe();
        setState(State::Hidden);
    }
    Q_EMIT valueCopied();
}

void ValuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QWidget *top = window();
    if (top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = top;
        if (top && top != this)
            top->installEventFilter(this);
    }
}

bool ValuePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Minimising the window (or the desktop hiding it, as a screen lock may) hides the value.
    if (watched == m_watchedWindow
        && ((event->type() == QEvent::WindowStateChange && m_watchedWindow->isMinimized())
            || event->type() == QEvent::Hide)
        && m_state == State::Loaded && m_revealed) {
        hideValue();
        m_hiddenBecause = tr("Hidden when the window was minimised.");
        render();
    }
    return QWidget::eventFilter(watched, event);
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
    const bool shown
            = (loaded && m_revealed) || (m_state == State::Loading && m_onLoad == OnLoad::Reveal);
    m_reveal->setEnabled(m_state != State::NoVersion && m_client);
    m_reveal->setChecked(shown);
    m_reveal->setText(shown ? tr("Hide") : tr("Reveal"));
    m_reveal->setToolTip(shown ? tr("Hide the value and wipe it from memory")
                               : tr("Fetch the value and show it in clear text"));
    m_reveal->setAccessibleDescription(m_reveal->toolTip());
    m_copy->setEnabled(m_state != State::NoVersion && m_client);
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
        m_status->setText(m_hiddenBecause.isEmpty()
                                  ? tr("The value is not loaded. \"Reveal\" fetches and shows it.")
                                  : m_hiddenBecause);
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
        if (m_revealed && m_autoHideSeconds > 0) {
            m_status->setText(m_status->text() + QLatin1Char(' ')
                              + tr("Hides itself after %n second(s).", nullptr, m_autoHideSeconds));
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

// SPDX-License-Identifier: Apache-2.0
#include "ui/clipboardguard.h"

#include "ui/uilogging.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

namespace keystage::ui {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : ClipboardGuard(QGuiApplication::clipboard(), parent)
{}

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_salt.resize(16);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_salt.data()),
                                         reinterpret_cast<quint32 *>(m_salt.data() + 16));
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (m_clipboard) {
        connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
        connect(m_clipboard, &QClipboard::selectionChanged, this,
                &ClipboardGuard::onClipboardChanged);
    }
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::setClearDelaySeconds(int seconds)
{
    m_delaySeconds = qMax(1, seconds);
}

QMimeData *ClipboardGuard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and other managers honour this hint and do not keep the entry in history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS: the nspasteboard.org concealed type (honoured by clipboard history tools).
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray());
    return mime;
}

void ClipboardGuard::copySecret(const QString &text)
{
    if (!m_clipboard)
        return;
    remember(text);
    m_settingOurs = true;
    for (const QClipboard::Mode mode : modes())
        m_clipboard->setMimeData(secretMimeData(text), mode);
    m_settingOurs = false;
    qCInfo(lcUi) << "secret value copied; clearing in" << m_remaining << "s";
}

QMimeData *ClipboardGuard::handOut(const QString &text)
{
    remember(text);
    qCInfo(lcUi) << "secret value selected or copied in a view; clearing in" << m_remaining << "s";
    return secretMimeData(text);
}

void ClipboardGuard::remember(const QString &text)
{
    const QByteArray print = fingerprint(text);
    if (!m_fingerprints.contains(print)) {
        // A bound, not a limit anyone meets: one entry per distinct text handed out in the delay.
        if (m_fingerprints.size() >= 64)
            m_fingerprints.removeFirst();
        m_fingerprints.append(print);
    }
    m_remaining = m_delaySeconds;
    m_timer.start();
    Q_EMIT countdownChanged(m_remaining);
}

QList<QClipboard::Mode> ClipboardGuard::modes() const
{
    if (m_clipboard && m_clipboard->supportsSelection())
        return {QClipboard::Clipboard, QClipboard::Selection};
    return {QClipboard::Clipboard};
}

bool ClipboardGuard::isOurs(QClipboard::Mode mode) const
{
    return m_fingerprints.contains(fingerprint(m_clipboard->text(mode)));
}

bool ClipboardGuard::holdsOurCopy() const
{
    if (!m_clipboard || m_fingerprints.isEmpty())
        return false;
    for (const QClipboard::Mode mode : modes()) {
        if (isOurs(mode))
            return true;
    }
    return false;
}

void ClipboardGuard::clearNow()
{
    bool removed = false;
    const bool wasCounting = m_timer.isActive() || m_remaining > 0;
    m_timer.stop();
    if (!m_fingerprints.isEmpty() && m_clipboard) {
        for (const QClipboard::Mode mode : modes()) {
            if (isOurs(mode)) {
                m_settingOurs = true;
                m_clipboard->clear(mode);
                m_settingOurs = false;
                removed = true;
            }
        }
    }
    m_fingerprints.clear();
    m_remaining = 0;
    if (wasCounting)
        Q_EMIT countdownChanged(0);
    if (removed) {
        qCInfo(lcUi) << "clipboard cleared";
        Q_EMIT cleared();
    }
}

void ClipboardGuard::tick()
{
    m_remaining = qMax(0, m_remaining - 1);
    if (m_remaining == 0) {
        clearNow();
        return;
    }
    Q_EMIT countdownChanged(m_remaining);
}

QByteArray ClipboardGuard::fingerprint(const QString &text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(text.toUtf8());
    return hash.result();
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_settingOurs || m_fingerprints.isEmpty())
        return;
    if (!holdsOurCopy()) {
        // Someone copied or selected something else everywhere we had put ours: it is theirs,
        // never clear it. (Where the X11 selection still holds our copy, the countdown goes on.)
        m_fingerprints.clear();
        m_timer.stop();
        m_remaining = 0;
        Q_EMIT countdownChanged(0);
        Q_EMIT replaced();
    }
}

} // namespace keystage::ui

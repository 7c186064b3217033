// SPDX-License-Identifier: Apache-2.0
#include "ui/messagebanner.h"

#include "ui/palettetones.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace keystage::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAccessibleDescription(tr("Hide this message."));
    m_headline->setAccessibleName(tr("Message"));
    m_detail->setAccessibleName(tr("Details"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this]() {
        const std::function<void()> action = m_onAction;
        dismiss();
        if (action)
            action();
    });
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, [this]() {
        if (underMouse())
            m_linger.start(m_lingerMs); // being read, or its text selected: later
        else
            dismiss();
    });

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &headline, const QString &detail)
{
    m_level = level;
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_onAction = nullptr;
    m_action->hide();
    applyLevel(parentWidget() ? parentWidget()->palette() : QApplication::palette(this));
    show();
    place();
    if (level == Level::Info && m_lingerMs > 0)
        m_linger.start(m_lingerMs);
    else
        m_linger.stop();
}

void MessageBanner::setAction(const QString &text, std::function<void()> action)
{
    m_onAction = std::move(action);
    m_action->setText(text);
    m_action->setAccessibleName(text);
    m_action->setVisible(bool(m_onAction));
    place();
}

void MessageBanner::floatOver(QWidget *host)
{
    if (m_host)
        m_host->removeEventFilter(this);
    m_host = host;
    setParent(host);
    host->installEventFilter(this);
    place();
}

void MessageBanner::place()
{
    if (!m_host || isHidden())
        return;
    constexpr int margin = 8;
    const int width = qMax(0, m_host->width() - 2 * margin);
    QLayout *box = layout();
    const int height = box->hasHeightForWidth() ? box->totalHeightForWidth(width)
                                                : box->totalSizeHint().height();
    setGeometry(margin, qMax(0, m_host->height() - height - margin), width, height);
    raise();
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBanner::setNoticeLingerMs(int ms)
{
    m_lingerMs = qMax(0, ms);
    if (m_lingerMs == 0)
        m_linger.stop();
}

void MessageBanner::showError(const QString &headline, const ApiError &error)
{
    QStringList lines;
    lines << error.message;
    QStringList ids;
    if (!error.code.isEmpty())
        ids << tr("Code %1").arg(error.code);
    if (error.httpStatus > 0)
        ids << tr("HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        ids << tr("Request id %1").arg(error.requestId);
    if (!ids.isEmpty())
        lines << ids.join(QStringLiteral(" · "));
    const Level level = error.kind == ApiError::Kind::Conflict ? Level::Warning : Level::Error;
    showMessage(level, headline, lines.join(QLatin1Char('\n')));
}

void MessageBanner::dismiss()
{
    m_linger.stop();
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageBanner::headline() const
{
    return m_headline->text();
}

QString MessageBanner::detail() const
{
    return m_detail->text();
}

void MessageBanner::applyLevel(const QPalette &base)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    PaletteTones::Tone tone = PaletteTones::Tone::Information;
    QString kind = tr("Information");
    if (m_level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tone = PaletteTones::Tone::Warning;
        kind = tr("Warning");
    } else if (m_level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tone = PaletteTones::Tone::Error;
        kind = tr("Error");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setAccessibleName(kind);
    // The tones follow the window's palette (light or dark): `base`, the parent's or the
    // application's, since this widget's own palette carries the previous tone.
    m_applyingLevel = true;
    QPalette p = base;
    p.setColor(QPalette::Window, PaletteTones::background(tone, base));
    p.setColor(QPalette::WindowText, PaletteTones::textOnBackground(base));
    p.setColor(QPalette::Text, PaletteTones::textOnBackground(base));
    setPalette(p);
    m_applyingLevel = false;
    setAccessibleName(tr("Message"));
    setAccessibleDescription(kind + QStringLiteral(": ") + m_headline->text());
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A palette switch (light to dark) while a message is shown: pick the tones again once the
    // new palette reaches this widget (through its parent, or from the application). The
    // PaletteChange that applyLevel() itself causes is ignored.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        && !m_applyingLevel)
        applyLevel(parentWidget() ? parentWidget()->palette() : QApplication::palette(this));
}

} // namespace keystage::ui

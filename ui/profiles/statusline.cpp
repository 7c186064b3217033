// SPDX-License-Identifier: Apache-2.0
#include "ui/profiles/statusline.h"

#include "ui/palettetones.h"

namespace keystage::ui {

StatusLine::StatusLine(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("status"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Result"));
    // Its line is kept while hidden: the first result does not push the dialog's buttons down.
    setMinimumHeight(fontMetrics().lineSpacing());
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void StatusLine::showMessage(const QString &text, Tone tone)
{
    m_tone = tone;
    setText(text);
    setAccessibleDescription(text);
    QPalette colours = parentWidget() ? parentWidget()->palette() : palette();
    if (tone == Tone::Error)
        colours.setColor(QPalette::WindowText,
                         PaletteTones::foreground(PaletteTones::Tone::Error, colours));
    else if (tone == Tone::Success)
        colours.setColor(QPalette::WindowText,
                         PaletteTones::foreground(PaletteTones::Tone::Success, colours));
    setPalette(colours);
    setVisible(!text.isEmpty());
}

void StatusLine::showCredentialError(const QString &headline, const CredentialError &error)
{
    QString text = headline + u'\n' + error.message;
    if (!error.detail.isEmpty())
        text += u'\n' + tr("Details: %1").arg(error.detail);
    showMessage(text, Tone::Error);
}

} // namespace keystage::ui

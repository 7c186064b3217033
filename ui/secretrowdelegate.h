// SPDX-License-Identifier: Apache-2.0
// SecretRowDelegate: the secrets table's rows. Secrets pending deletion are greyed and italic,
// their deletion date spelled out ("deletion on …") so nobody mistakes them for usable secrets.
// A cell's text is shaped once and kept (KeptTextDelegate, issue 18).
#pragma once

#include "ui/kepttextdelegate.h"

namespace keystage::ui {

class SecretRowDelegate : public KeptTextDelegate
{
    Q_OBJECT

public:
    using KeptTextDelegate::KeptTextDelegate;

    // Dates and times as everywhere in the window (dateTimeText: with seconds).
    QString displayText(const QVariant &value, const QLocale &locale) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace keystage::ui

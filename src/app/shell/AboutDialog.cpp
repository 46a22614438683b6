#include "AboutDialog.h"

#include "Components.h"
#include "Icons.h"
#include "ui_AboutDialog.h"

#include <QDialogButtonBox>

namespace kontor::gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::application().pixmap(64, 64));
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    const QList<Component> all = components();
    m_ui->versionLabel->setText(tr("Version %1").arg(all.constFirst().version));
    QStringList lines{tr("Built with:")};
    for (qsizetype i = 1; i < all.size(); ++i)
        lines << componentLine(all.at(i));
    m_ui->componentsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->licenseLabel->setText(tr("Copyright © 2026 the Kontor authors. Kontor is free software under the %1 "
                                   "licence and comes with no warranty; the LICENSE file has the full text.")
                                    .arg(all.constFirst().licence));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    adjustSize();
}

AboutDialog::~AboutDialog() = default;

} // namespace kontor::gui

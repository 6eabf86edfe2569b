### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### فارسی (Persian). app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = سلام { $name }!
letter-child-intro = جلسه‌ی بررسی تو روز { $when } است.
letter-adult-intro = شما به جلسه‌ی بررسی وضعیت { $name } دعوت شده‌اید. این جلسه روز { $when } است.
letter-views = می‌توانید پیش از جلسه به ما بگویید چه فکر می‌کنید.
letter-scan = این مربع را با دوربین تلفن همراه اسکن کنید.
letter-type-code = یا به { $address } بروید و این کد را بنویسید:
letter-code-works-until = این کد تا { $date } کار می‌کند.
letter-qr-label = کد QR که دعوت‌نامه‌ی شما را باز می‌کند
letter-help = کمک لازم دارید؟ از سرپرست خود بپرسید، یا با ما تماس بگیرید: { $contact }.
letter-help-no-contact = کمک لازم دارید؟ از سرپرست یا مددکار اجتماعی خود بپرسید.
letter-other-language = این نامه به زبان فارسی هم هست: کد را بنویسید، بعد «فارسی» را انتخاب کنید.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = سلام { $name }،
mail-invite-subject = Heard: دعوت برای گفتن نظرتان
mail-invite-body = از شما دعوت می‌کنیم که پیش از یک جلسه‌ی بررسی، نظرتان را بگویید.
mail-changed-subject = Heard: جلسه‌ی بررسی تغییر کرده است
mail-changed-body = تاریخ، ساعت یا برنامه‌ی جلسه‌ی بررسی تغییر کرده است.
mail-cancelled-subject = Heard: جلسه‌ی بررسی لغو شده است
mail-cancelled-body = جلسه‌ی بررسی‌ای که به آن دعوت شده بودید لغو شده است. شورای محلی شما با شما تماس می‌گیرد.
mail-reminder-subject = Heard: یادآوری برای گفتن نظرتان
mail-reminder-body = هنوز وقت دارید که پیش از جلسه‌ی بررسی نظرتان را بگویید.
mail-letter-subject = Heard: نامه‌ای از IRO شما
mail-letter-body = IRO شما درباره‌ی جلسه‌ی بررسی‌تان برایتان نامه نوشته است. برای خواندن آن، لینک خود را باز کنید. به رمز خود نیاز خواهید داشت.
mail-open-link = لینک خود را باز کنید:
mail-link-private = این لینک فقط برای شماست. لطفاً آن را به کسی ندهید.
mail-ignore = اگر منتظر این پیام نبودید، می‌توانید آن را نادیده بگیرید.
mail-other-language = این خدمات به زبان فارسی هم در دسترس است.

## Email to staff (no personal details)

mail-alert-subject = Heard: هشدار فوری درباره‌ی کودکی که بررسی وضعیتش با شماست
mail-alert-body = کودکی گفته است که احساس امنیت نمی‌کند. همین حالا Heard را باز کنید تا ببینید چه کسی است و اقدام کنید:
mail-duty-alert-body = کودکی گفته است که احساس امنیت نمی‌کند. به IRO او خبر داده شده است. لطفاً همین حالا با تیم بررسی تماس بگیرید:
mail-advocacy-subject = Heard: درخواست یک حامی
mail-parent-advocacy-body = یکی از والدین کودکی که تحت سرپرستی است، برای خودش یک حامی خواسته است. لطفاً با تیم بررسی تماس بگیرید و شماره‌ی مرجع { $reference } را بگویید:
mail-advocacy-body = یک کودک یا نوجوان درخواست یک حامی کرده است. لطفاً با تیم بررسی تماس بگیرید و شماره‌ی مرجع { $reference } را بگویید:
mail-message-subject = Heard: پیامی از کودکی که بررسی وضعیتش با شماست
mail-message-body = کودکی برای شما پیامی فرستاده است. برای خواندن آن، Heard را باز کنید:
mail-staff-footer = این پیام هیچ اطلاعات شخصی ندارد. برای دیدن آن‌ها وارد Heard شوید.

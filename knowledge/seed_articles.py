"""The five source articles as printed, paragraph by paragraph: the text the bot quotes when no curated fact
says what a question asks (see `knowledge.search.passages`).

Pure data, copied from the article pages (NFC, runs of spaces joined) with the page furniture left out
(menus, links to other stories, the site's slogan). Each article keeps its headline, its date line and its
byline exactly as printed («NGỌC HIẾU», «28 Tháng 11 2014»), since readers ask who wrote it and when. The
keys are the article documents' codes in `knowledge.seed_data`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleText:
    """One article as printed: headline, date line and byline as the page shows them, then its paragraphs."""

    code: str
    headline: str
    dateline: str
    byline: str
    paragraphs: tuple[str, ...]
    # A list the page prints beside the article (the Sóc Trăng page's «văn bản mới»), with its heading.
    sidebar_heading: str = ""
    sidebar: tuple[str, ...] = ()
    # The paragraphs the page prints under its photos: they say what a photo shows («buổi tập huấn trong ảnh»).
    captions: tuple[str, ...] = ()


ARTICLE_TEXTS: tuple[ArticleText, ...] = (
    ArticleText(
        'BAI-HN-2016',
        'Hiệu quả thiết thực',
        '',
        '',
        (
            'Báo cáo kết quả công tác đào tạo, bồi dưỡng cán bộ CĐ năm 2016, Ủy viên thường vụ, Trưởng ban Tổ chức LĐLĐ Thành phố Lê Xuân Trường cho biết, mặc dù có nhiều khó khăn, song do luôn nhận được sự quan tâm lãnh đạo, chỉ đạo sát sao của Tổng LĐLĐ Việt Nam, Thành ủy Hà Nội; sự phối hợp, tạo điều kiện của các cấp ủy Đảng, chính quyền, ban ngành địa phương; đặc biệt là sự nỗ lực của các cấp CĐ, công tác đào tạo, bồi dưỡng cán bộ CĐ Thủ đô năm 2016 đã được triển khai có hiệu quả.',
            'Về nội dung, LĐLĐ Thành phố đã xác định và tập trung triển khai những nội dung cơ bản, thiết thực về công tác đào tạo, bồi dưỡng cán bộ CĐ như bồi dưỡng lý luận, nghiệp vụ cơ bản về công tác CĐ; bồi dưỡng kỹ năng hoạt động theo các chuyên đề và tổ chức thực hiện nhiệm vụ cho cán bộ CĐ các cấp đáp ứng tình hình mới hiện nay.',
            'Cùng với đó, các cấp CĐ Thủ đô cũng tập trung bồi dưỡng nâng cao trình độ chuyên môn, chính trị, tin học, ngoại ngữ... để chuẩn hóa đội ngũ cán bộ CĐ chuyên trách; tập huấn nội dung một số điểm mới của Luật BHXH; tác động của TPP đến tổ chức CĐ; những điểm mới của pháp luật liên quan đến cán bộ CĐ và người lao động v.v...',
            'Một buổi tập huấn cho cán bộ công đoàn do LĐLĐ huyện Thường Tín phối hợp với Trường Trung cấp Công đoàn Hà Nội tổ chức',
            'Ngoài ra, LĐLĐ Thành phố còn chỉ đạo Trường Trung cấp CĐ thành phố Hà Nội tổ chức huấn luyện an toàn vệ sinh lao động, tổ chức tập huấn các kỹ năng sử dụng phần mềm quản lý điều hành, viết bài trang Web; công tác văn thư lưu trữ, kỹ năng tư vấn pháp luật, đối thoại, đàm phán, thương lượng, kỹ năng giải quyết tranh chấp lao động và đại diện bảo vệ quyền lợi người lao động, nhất là kỹ năng bảo vệ quyền lợi người lao động tại tòa cho đội ngũ cán bộ CĐ cấp trên cơ sở...',
            'Về phương pháp, theo đánh giá của LĐLĐ Thành phố, việc đào tạo, bồi dưỡng cán bộ CĐ Thủ đô trong năm qua được thực hiện bằng phương pháp tích cực, ứng dụng công nghệ thông tin vào công tác giảng dạy, phát huy tính tự giác, chủ động và tư duy sáng tạo của người học. Các buổi đào tạo, tập huấn cho cán bộ CĐ cũng không còn thụ động, một chiều mà tăng cường việc trao đổi thông tin, kiến thức, kinh nghiệm giữa giảng viên với học viên; giữa các học viên theo nhóm trong lớp để cán bộ CĐ có thể dễ dàng tiếp thu kiến thức, vận dụng vào thực tế công tác.',
            'Nâng cao chất lượng, hiệu quả đào tạo bồi dưỡng cán bộ CĐ',
            'Với phương pháp tích cực và nội dung thiết thực, công tác đào tạo, bồi dưỡng của LĐLĐ thành phố năm 2016 đã hoàn thành chỉ tiêu kế hoạch đề ra. Cụ thể, các cấp CĐ Thủ đô đã tổ chức được 33/33 lớp (đạt 100% so với kế hoạch) với 3831/3580 lượt học viên tham gia (đạt 107% so với kế hoạch) từ nguồn kinh phí hỗ trợ của UBND Thành phố.',
            'LĐLĐ Thành phố cử cán bộ đi tập huấn công tác dân vận; phối hợp với Trung tâm hội nghị và Đào tạo cán bộ CĐ (Ban Tổ chức Tổng LĐLĐ Việt Nam) tổ chức 01 lớp tập huấn 3 ngày về kỹ năng tuyên truyền vận động phát triển đoàn viên cho 23 cán bộ CĐ cấp trên cơ sở.',
            'Riêng Trường Trung cấp CĐ Thành phố trong năm qua đã tổ chức huấn luyện ATVSLĐ 42 lớp với 3.060/3000 học viên, đạt 102% so kế hoạch đồng thời chủ động liên kết đào tạo với Trường Cao đẳng công nghệ và thương mại Hà Nội, Trường Cao đẳng Văn Lang, Trường Trung cấp Thăng Long; Trung tâm tri thức Bách khoa giáo dục và các hợp đồng dịch vụ theo quy định của pháp luật.',
            'Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh phát biểu tại hội nghị',
            'Bên cạnh việc tổ chức các lớp tập huấn bằng nguồn ngân sách của UBND Thành phố, Tổng LĐLĐ Việt Nam, LĐLĐ Thành phố, LĐLĐ các quận, huyện, thị xã, CĐ ngành, CĐ Tổng Công ty, CĐ cấp trên trực tiếp cơ sở cũng đã tranh thủ sự ủng hộ, tạo điều kiện của chính quyền đồng cấp và nguồn kinh phí của Trung tâm bồi dưỡng chính trị các quận, huyện, thị xã để tổ chức các lớp tập huấn, bồi dưỡng cho cán bộ CĐ tổng số 38.386 lượt cán bộ CĐ tham gia. Ngoài ra, việc hợp tác quốc tế trong lĩnh vực đào tạo, tập huấn cán bộ CĐ cấp trên cơ sở và CĐCS trong năm qua cũng được các cấp CĐ Thủ đô đẩy mạnh.',
            'Phát biểu tại hội nghị, Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh ghi nhận, đánh giá cao kết quả đạt được trong công tác đào tạo, bồi dưỡng cán bộ CĐ Thủ đô trong năm qua. Định hướng cho công tác đào tạo, bồi dưỡng cán bộ CĐ trong năm tới, Phó Chủ tịch Phạm Bá Vĩnh đề nghị, mỗi đơn vị, mỗi cấp CĐ Thủ đô phải rà soát, nắm chắc đối tượng cán bộ CĐ từ tổ phó trở lên, phân tích chất lượng, trình độ học vấn, chuyên môn nghiệp vụ từ đó đối chiếu với tiêu chuẩn chức danh và yêu cầu của nhiệm vụ từng cán bộ làm căn cứ xây dựng kế hoạch mở các lớp đào tạo bồi dưỡng.',
            'Ngoài giao nhiệm vụ cụ thể cho các đơn vị liên quan như Trường Trung cấp Công đoàn Hà Nội, Ban Tổ chức LĐLĐ Thành phố, Phó Chủ tịch Phạm Bá Vĩnh chỉ đạo các cấp CĐ Thủ đô cần tiếp tục đổi mới mạnh mẽ hơn nữa về phương pháp giảng dạy, nội dung chương trình theo hướng tích cực, thiết thực, xuất phát từ thực tiễn hoạt động của cơ sở để nâng cao chất lượng, hiệu quả công tác đào tạo, bồi dưỡng cán bộ CĐ.',
            'Ngay tại hội nghị, LĐLĐ Thành phố đã triển khai kế hoạch đào tạo, bồi dưỡng cán bộ CĐ giai đoạn 2016-2018. Theo đó, LĐLĐ Thành phố đặt ra mục tiêu đến hết nhiệm kỳ Đại hội XV Công đoàn Thành phố (2013-2018), sẽ có 100% cán bộ CĐ chuyên trách được đào tạo, bồi dưỡng lý luận và nghiệp vụ công tác CĐ; kiến thức, kỹ năng phương pháp hoạt động CĐ; 100% cán bộ CĐ chuyên trách được đào tạo, bồi dưỡng chuẩn ngạch công chức, chức vụ lãnh đạo, quản lý; 100% cán bộ CĐ không chuyên trách được bồi dưỡng, tập huấn kiến thức, kỹ năng, phương pháp hoạt động CĐ.',
        ),
        captions=(
            'Một buổi tập huấn cho cán bộ công đoàn do LĐLĐ huyện Thường Tín phối hợp với Trường Trung cấp Công đoàn Hà Nội tổ chức',
            'Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh phát biểu tại hội nghị',
        ),
    ),
    ArticleText(
        'BAI-LS-2018',
        'Bồi dưỡng nghiệp vụ cho cán bộ: Giải pháp nâng cao chất lượng hoạt động công đoàn',
        'Thứ sáu, 20/09/2024',
        'NGỌC HIẾU',
        (
            'LSO- Công tác tập huấn, bồi dưỡng cán bộ công đoàn (CBCĐ) là một trong những nhiệm vụ quan trọng của tổ chức công đoàn nhằm nâng cao chất lượng hoạt động, phát huy vai trò của tổ chức công đoàn trong chăm lo, bảo vệ quyền lợi chính đáng của đoàn viên, người lao động.',
            'Tháng 12/2012, anh Nguyễn Văn Kiên, cán bộ quản lý giám sát của HTX Đồng Tâm (huyện Cao Lộc) được đoàn viên, công nhân, lao động bầu giữ chức danh Chủ tịch Công đoàn cơ sở (CĐCS). Ban đầu, chưa nắm bắt được công việc nên anh Kiên còn nhiều lúng túng khi triển khai các hoạt động. Năm 2012, 2013, CĐCS HTX chỉ xếp loại khá. Sau khi tham dự các lớp bồi dưỡng nghiệp vụ công tác công đoàn, anh đã có kiến thức cơ bản và chủ động trong các hoạt động. Từ năm 2014 đến nay, CĐCS HTX Đồng Tâm liên tục đạt vững mạnh.',
            'Anh Nguyễn Văn Kiên, Chủ tịch CĐCS HTX Đồng Tâm chia sẻ: Tham gia tập huấn, tôi hiểu hơn về vai trò, chức năng của công đoàn cũng như cách thức, phương pháp tổ chức hoạt động sao cho hiệu quả. Trong quá trình thực hiện, có vướng mắc, tôi được cán bộ công đoàn cấp trên hướng dẫn tận tình. Nhờ đó, Ban Chấp hành CĐCS HTX đã triển khai tốt các hoạt động, thu hút đông người lao động tham gia vào tổ chức công đoàn. Số lượng đoàn viên công đoàn tăng từ 10 (năm 2012) lên 38 đoàn viên (năm 2018).',
            'Toàn tỉnh hiện có 8.343 CBCĐ, trong đó có 74 CBCĐ chuyên trách và 8.269 CBCĐ không chuyên trách (kiêm nhiệm). Với CBCĐ không chuyên trách, các cấp công đoàn thường xuyên quan tâm làm tốt công tác bồi dưỡng, tập huấn để nâng cao kỹ năng nghiệp vụ, phương pháp hoạt động cho CBCĐ. Đặc biệt, Ban Chấp hành Liên đoàn Lao động (LĐLĐ) tỉnh đã ban hành Chương trình số 104/CTr-LĐLĐ ngày 29/11/2013 về “Nâng cao chất lượng và hiệu quả hoạt động của CBCĐ”, trong đó xác định rõ trách nhiệm của từng cấp công đoàn, đồng thời hướng dẫn, chỉ đạo các cấp công đoàn xây dựng kế hoạch triển khai, thực hiện phù hợp với tình hình thực tế của đơn vị.',
            'Cán bộ công đoàn cơ sở các doanh nghiệp tham dự tập huấn nghiệp vụ do LĐLĐ tỉnh tổ chức',
            'Ông Hoàng Văn Dũng, Chủ tịch LĐLĐ huyện Chi Lăng cho biết: Chi Lăng hiện có 366 CBCĐ, trong đó có 363 cán bộ không chuyên trách ở 117 cơ quan, đơn vị và 4 doanh nghiệp. Để đội ngũ CBCĐ hoạt động có hiệu quả, LĐLĐ huyện thường xuyên tổ chức tập huấn, bồi dưỡng kỹ năng nghiệp vụ cho CBCĐ. Trong quá trình hoạt động, LĐLĐ huyện quan tâm đôn đốc, kiểm tra và hướng dẫn kịp thời. Nhờ đó, các CBCĐ nhanh chóng nắm bắt được công việc và triển khai hoạt động có hiệu quả.',
            'Cùng với LĐLĐ huyện Chi Lăng, LĐLĐ các huyện, thành phố và công đoàn ngành đã cụ thể hóa chương trình của LĐLĐ tỉnh, các cấp công đoàn đã xây dựng kế hoạch thực hiện, dành kinh phí tổ chức và phối hợp tổ chức các lớp tập huấn, bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ. Nội dung bồi dưỡng cho CBCĐ là các vấn đề về chính sách, chế độ đối với người lao động, nghiệp vụ tổ chức, kiểm tra, nữ công, tuyên giáo của công đoàn. …',
            'Từ năm 2013 đến nay, các cấp công đoàn đã tổ chức được 85 lớp tập huấn, bồi dưỡng nghiệp vụ cho 8.069 lượt CBCĐ với tổng kinh phí hơn 2,1 tỷ đồng. Mặt khác, LĐLĐ tỉnh đã cử 25 CBCĐ tham dự các lớp tập huấn, bồi dưỡng ngắn hạn do Tổng LĐLĐ Việt Nam tổ chức. Kết quả, 100% CBCĐ chuyên trách và 70% CBCĐ không chuyên trách đã được bồi dưỡng tập huấn về lý luận, nghiệp vụ công tác công đoàn (đạt chỉ tiêu đề ra). Nhờ đó, chất lượng hoạt động của các cấp công đoàn ngày được nâng cao (cuối năm 2017, toàn tỉnh có 1.238 CĐCS vững mạnh, đạt 85,4%, tăng 8,8% so với năm 2013).',
            'Bà Hoàng Thị Oanh, Trưởng Ban Tổ chức, LĐLĐ tỉnh cho biết: Trong nhiệm kỳ 2018-2023, toàn tỉnh có hơn 3.500 CBCĐ lần đầu tham gia vào ban chấp hành công đoàn các cấp. Vì thế, công việc đầu tiên sau Đại hội Công đoàn tỉnh là tập huấn, bồi dưỡng kiến thức nghiệp vụ, kỹ năng hoạt động cho đội ngũ CBCĐ mới để họ hiểu, tổ chức tốt các phong trào thi đua và thực hiện chức năng đại diện bảo vệ quyền lợi hợp pháp của đoàn viên, công nhân, viên chức, lao động.',
        ),
        captions=(
            'Cán bộ công đoàn cơ sở các doanh nghiệp tham dự tập huấn nghiệp vụ do LĐLĐ tỉnh tổ chức',
        ),
    ),
    ArticleText(
        'BAI-MELINH-2020',
        'Chú trọng công tác đào tạo, bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở',
        '02/03/2021 21:59',
        'Lương Hằng',
        (
            '(LĐTĐ) Dù gặp nhiều khó khăn, song năm 2020, Ban Thường vụ Liên đoàn Lao động huyện Mê Linh luôn chú trọng tới công tác đào tạo, bồi dưỡng cán bộ công đoàn cơ sở.',
            'Xác định công tác bồi dưỡng cán bộ công đoàn là một trong những nhiệm vụ, mục tiêu quan trọng, trong năm 2020, Liên đoàn Lao động huyện Mê Linh đã chủ động, tích cực trong việc đào tạo, bồi dưỡng cán bộ công đoàn cơ sở dưới nhiều hình thức.',
            'Thực hiện Chương trình với chủ đề năm “Nâng cao chất lượng hoạt động của Công đoàn cơ sở” với 7 nhóm vấn đề chủ yếu, Liên đoàn Lao động huyện Mê Linh thường xuyên phối hợp với chính quyền, cơ quan chuyên môn cùng cấp phát động phong trào thi đua học tập nâng cao trình độ, kỹ năng.',
            'Nhiều chương trình đào tạo, bồi dưỡng kiến được Liên đoàn Lao động huyện Mê Linh phối hợp tổ chức có hiệu quả. (Ảnh minh họa)',
            'Cụ thể, nhằm tạo điều kiện thuận lợi cho các cán bộ, đoàn viên, công nhân viên chức lao động tham gia học tập nâng cao trình độ học vấn, trình độ chính trị, pháp luật... Liên đoàn Lao động huyện đã mở các lớp tập huấn, bồi dưỡng đào tạo ngắn hạn, dài hạn với đa dạng các hình thức như: Đào tạo tập trung, tại chức, học từ xa. Qua các chương trình đào tạo, cán bộ, đoàn viên, công nhân viên chức lao động sẽ có thêm kỹ năng cần thiết đáp ứng đòi hỏi của thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.',
            'Trong năm 2020, Liên đoàn Lao động huyện đã phối hợp với Trung tâm Bồi dưỡng chính trị huyện tổ chức 2 lớp tập huấn cho trên 400 lượt cán bộ, đoàn viên công đoàn về nghiệp vụ công tác công đoàn, kiến thức về an toàn, vệ sinh lao động, tư vấn về pháp luật lao động cho công nhân lao động.',
            'Đồng thời cử cán bộ công đoàn tham gia đầy đủ các lớp bồi dưỡng, tập huấn theo từng lĩnh vực chuyên môn do Liên đoàn Lao động thành phố, Trường Trung cấp Công đoàn Hà Nội, Trung tâm Tư vấn pháp luật Công đoàn Thành phố, Ban Tuyên giáo, Ban Dân vận, Ủy ban kiểm tra Huyện ủy, Mặt trận Tổ quốc huyện tổ chức.',
        ),
        captions=(
            'Nhiều chương trình đào tạo, bồi dưỡng kiến được Liên đoàn Lao động huyện Mê Linh phối hợp tổ chức có hiệu quả. (Ảnh minh họa)',
        ),
    ),
    ArticleText(
        'BAI-LS-2014',
        'Công tác đào tạo, bồi dưỡng giảng viên kiêm chức công đoàn Liên đoàn Lao động tỉnh Lạng Sơn',
        'Thứ sáu, 28 Tháng 11 2014 09:12',
        'Hứa Đức Việt, Ban Tổ chức LĐLĐ tỉnh',
        (
            'Trong những năm gần đây, thực hiện Nghị quyết số 4a/NQ-TLĐ ngày 04/3/2010 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa X "Về tiếp tục đẩy mạnh và nâng cao chất lượng đào tạo, bồi dưỡng cán bộ công đoàn giai đoạn 2010- 2020" và Chương trình số 1644/CTr-TLĐ ngày 04/11/2013 của Tổng Liên đoàn Lao động Việt Nam về "nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ công đoàn".',
            'Công tác đào tạo, bồi dưỡng cán bộ công đoàn các cấp được quan tâm lãnh đạo, chỉ đạo thực hiện, trình độ kiến thức về lý luận chính trị, chuyên môn nghiệp vụ của đa số cán bộ đã được nâng lên, góp phần thực hiện có hiệu quả nhiệm vụ phát triển kinh tế - xã hội của tỉnh, địa phương. Tuy nhiên, so với yêu cầu, nhiệm vụ hiện nay vẫn còn nhiều mặt hụt hẫng, chưa đáp ứng yêu cầu, nhất là về kỹ năng, phương pháp truyền đạt của các giảng viên kiêm chức công đoàn tại các lớp bồi dưỡng, tập huấn ở cơ sở còn có mặt hạn chế, dẫn đến chưa phát huy được hiệu quả hoạt động của đội ngũ cán bộ CĐCS.',
            'Xuất phát từ tình hình thực tế và để thực hiện tốt Chương trình "nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ công đoàn"; Nghị quyết Đại hội Công đoàn tỉnh Lạng Sơn khóa XV. Trong thời gian qua được sự giúp đỡ của Ban Tổ chức Tổng Liên đoàn, Ban Thường vụ LĐLĐ tỉnh đã tổ chức mở lớp giảng viên kiêm chức công đoàn cho 25 đồng chí là Chủ tịch hoặc Phó Chủ tịch LĐLĐ huyện, thành phố, Công đoàn ngành và một số cán bộ phong trào các Ban LĐLĐ tỉnh. Nhằm trang bị kiến thức, kỹ năng chuẩn bị bài giảng, kỹ năng lên lớp theo phương pháp tích cực để giúp giảng viên kiêm chức công đoàn trong quá trình tổ chức có hiệu quả các lớp bồi dưỡng, tập huấn tại cơ sở.',
            'Đ/c Trần Thị Kim Anh, Phó Chủ tịch Thường trực LĐLĐ tỉnh khai mạc lớp tập huấn',
            'Qua lớp tập huấn các học viên đã được nghiên cứu những vấn đề cơ bản về kỹ năng chuẩn bị và giảng bài theo phương pháp tích cực, được thực hành bài tập theo nhóm với chủ đề bài giảng, đây là những kiến thức rất quan trọng và rất cần thiết, là cẩm nang cho đội ngũ giảng viên kiêm chức công đoàn. Đồng thời cũng là các nội dung, công việc thiết thực tạo điều kiện cho các đồng chí cán bộ giảng viên kiêm chức công đoàn nâng cao hơn nữa về kỹ năng, phương pháp giảng bài tại các lớp bồi dưỡng, tập huấn cán bộ CĐCS ./.',
        ),
        captions=(
            'Đ/c Trần Thị Kim Anh, Phó Chủ tịch Thường trực LĐLĐ tỉnh khai mạc lớp tập huấn',
        ),
    ),
    ArticleText(
        'BAI-ST-2016',
        'HOẠT ĐỘNG CÔNG ĐOÀN VỚI CÔNG TÁC NÂNG CAO TRÌNH ĐỘ CỦA ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG (05/02/2016)',
        '',
        'Lục Bích Phúc, Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng',
        (
            'Thực Chương trình hành động số 1464/CTr-TLĐ, ngày 8/10/2013 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam về “Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động”, Ban Thường vụ LĐLĐ tỉnh đã ban hành Kế hoạch 53/KH-LĐLĐ, ngày 10/12/2013 “Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động” triển khai đến các cấp Công đoàn trong tỉnh. Qua 2 năm tổ chức, triển khai, thực hiện trong các cấp Công đoàn trên địa bàn toàn tỉnh đã thu được nhiều kết quả phấn khởi thể hiện trên các mặt.',
            'Các cấp công đoàn tổ chức tuyên truyền phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước và Nghị quyết của tổ chức Công đoàn về nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn viên và người lao động thông qua nhiều hình thức đa dạng, phù hợp với điều kiện làm việc, sản xuất của đoàn viên và người lao động.. Tính chung triển khai 1.250 cuộc tuyên truyền với 41.640 lượt cán bộ, đoàn viên, người lao động tham gia. Phối hợp với các ban ngành liên quan xây dựng kế hoạch phối hợp tuyên truyền, phát hành 500 bộ tài liệu, trên 1.000 tờ rơi tuyên truyền, phổ biến pháp luật về xây dựng xã hội học tập, tự học tập nâng cao trình độ, kỹ năng nghề nghiệp, phong trào luyện tay nghề hàng năm tại các đơn vị, doanh nghiệp, gắn với tuyên truyền, vận động người sử dụng lao động tạo điều kiện về thời gian, kinh phí cho đoàn viên, công nhân lao động chưa qua đào tạo nghề đang làm công việc đơn giản tại các doanh nghiệp được đào tạo nghề dưới hình thức bồi dưỡng, tập huấn tại doanh nghiệp.',
            'Qua đó, giúp đoàn viên, NLĐ nhận thức rõ hơn về sự cần thiết tầm quan trọng của việc học tập nâng cao trình độ, kỹ năng nghề nghiệp trong việc tự học tập, vừa là quyền lợi, vừa là yêu cầu để đảm bảo việc làm, nâng cao thu nhập, vừa là thực hiện trách nhiệm của mình đối với sự phát triển cơ quan, đơn vị, doanh nghiệp.',
            'Bên cạnh, các cấp công đoàn chỉ đạo công đoàn cơ sở khảo sát, nắm chặt trình độ chuyên môn, nghề nghiệp, phối hợp tốt với chính quyền (NSDLĐ) xây dựng kế hoạch nâng cao trình độ lý luận chính trị, kỹ năng nghề nghiệp, trình độ ngoại ngữ, tin học và các kỹ năng nghề nghiệp của đoàn viên, người lao động; nội dung công tác đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn nghiệp vụ được cụ thể hóa vào nội quy, quy chế làm việc của cơ quan, đơn vị, doanh nghiệp. Công tác đạo tào bồi dưỡng là một trong những tiêu chí để bình xét thi đua trong hoạt động công đoàn ở các cấp trong tỉnh.',
            'Từ đó, các cấp công đoàn đã tranh thủ với cấp ủy Đảng, phối hợp chính quyền (NSDLĐ) cùng cấp tạo điều kiện thuận lợi để đoàn viên, công nhân, viên chức, người lao động được học các lớp nâng cao trình độ lý luận chính trị, chuyên môn, nghiệp vụ, tay nghề, ngoại ngữ, tin học… Kết quả, từ năm 2013 - 2015 tính chung có 23.339 người được đào tạo nâng cao trình độ chuyên môn nghiệp vụ, trong đó trên 500 tiến sỹ, thạc sỹ; đại học 12.066 người; cao đẳng, trung cấp 10.773 người. Có 1.500 đoàn viên, NLĐ được đào tạo, bồi dưỡng nâng cao trình độ lý luận chính trị các lớp sơ cấp, trung cấp, cao cấp lý luận chính trị. Số cán bộ, công chức, viên chức tham gia chương trình học tập nâng cao trình độ ứng dụng công nghệ thông tin đáp ứng yêu cầu vị trí việc làm là 14.581 người, trình độ ngoại ngữ bậc 2 (tương đương A 2) là 3.332 người, bậc 3 (tương đương B1) là 863 người…Nhìn chung 2 năm qua, đã có có 32.775/53.527 đoàn viên và người lao động được học tập, cao trình độ, kỹ năng nghề nghiệp đạt 61,23%.',
            'Đồng thời, Ban Thường vụ Liên đoàn Lao động tỉnh luôn quan tâm đến công tác đào tạo, bồi dưỡng nghiệp vụ công đoàn, dành nguồn kinh phí mở các lớp tập huấn nghiệp vụ nhằm trang bị kiến thức về lý luận và nghiệp vụ công đoàn cho cán bộ công đoàn để xây dựng kế hoạch triển khai thực hiện đạt hiệu quả công tác đại diện, chăm lo bảo vệ quyền, lợi ích hợp pháp chính đáng CNVCLĐ, nâng cao trình độ chuyên môn cán bộ công đoàn, chất lượng hoạt động công đoàn các cấp, phát triển đoàn viên đạt chỉ tiêu đề ra. LĐLĐ tỉnh phối hợp với Trường Đại học Tôn Đức Thắng mở 01 lớp Bồi dưỡng kiến thức quản lý Nhà nước chương trình chuyên viên chính cho 41 cán bộ Công đoàn chuyên trách, 01 lớp lý luận nghiệp vụ công tác công đoàn cho 59 cán bộ Công đoàn chuyên trách và 05 lớp bồi dưỡng nghiệp vụ cho 746 Chủ tịch Công đoàn cơ sở. Liên đoàn Lao động huyện, thị xã, thành phố, Công đoàn ngành và tương đương đã mở 48 lớp tập huấn nghiệp vụ công tác công đoàn cho cán bộ công đoàn với các chuyên đề về tài chính, kiểm tra, thanh tra nhân dân, thực hiện quy chế dân chủ… Đến nay, có 8.891/9.074 cán bộ công đoàn cơ sở đã được bồi dưỡng, tập huấn nghiệp vụ công tác công đoàn, đạt 97,9%.',
            'Đạt được kết quả đáng mừng đó chính nhờ sự quan tâm chỉ đạo của các cấp ủy Đảng, Chính quyền (NSDLĐ) tạo điều kiện thuận lợi để cán bộ, CNVCLĐ được học tập, nâng cao trình độ chuyên môn nghiệp vụ nhằm đạt chuẩn theo quy đinh. Các cấp công đoàn nổ lực, tích cực tuyên truyền về hoc tập nâng cao trình độ kỹ năng, nghề nghiệp để mỗi đoàn viên, NLĐ nhận thức rõ về sự cần thiết, tầm quan trọng của việc học tập. Sự hưởng ứng nhiệt tình của đoàn viên, CNLĐ về phong trào tự học, tự rèn, từ đó việc triển khai tổ chức thực hiện kế hoạch đạt hiệu quả thiết thực.',
            'Tuy nhiên, kế hoạch nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn viên và người lao động trong tỉnh còn có những hạn chế nhất định. Một số công đoàn chưa tích cực tham mưu cho cấp ủy Đảng, tranh thủ, phối hợp với chính quyền (NSDLĐ) xây dựng kế hoạch cụ thể để đoàn viên, NLĐ học tập nâng cao trình độ chuyên môn nghiệp vụ, kỹ năng nghề nghiệp đáp ứng yêu cầu nhậm vụ trong thời kỳ hội nhập quốc tế. Công tác tuyên truyền, phát động phong trào thi đua học tập, nâng cao trình độ chuyên môn nghiệp vụ, kỹ năng nghề nghiệp chưa thường xuyên, sâu sát, nội dung chưa cụ thể, ảnh hưởng đến chất lượng phong trào thi đua học tập.',
            'Thời gian tới, duy trì và phát huy những kết quả đạt được trong triển khai kế hoạch “Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động” các cấp công đoàn trong tỉnh tiếp tục phối hợp với Ngành Giáo dục, Hội Khuyến học, Trung tâm dạy nghề và các cơ quan chức năng có liên triển khai có hiệu quả hơn Chương trình 1464/CTr-TLĐ, ngày 8/10/2013 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam về “Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động”; Kế hoạch số 73/KH-UBND, ngày 30/10/2003 của Ủy ban Nhân dân tỉnh Sóc Trăng về việc phê duyệt Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020” tỉnh Sóc Trăng.',
            'Đẩy mạnh công tác tuyên truyền, vận động đoàn viên, người lao động học tập nâng cao trình độ văn hóa, kỹ năng nghề nghiệp, ngoại ngữ, tin học nhất là đoàn viên, khu công nghiệp, các doanh nghiệp khu vực ngoài Nhà nước được học tập nâng cao kỹ năng nghề thông qua hình thức luyện tay nghề, thi thợ giỏi. Tuyên truyền, vận động người sử dụng lao động tạo điều kiện để công nhân lao động chưa qua đào tạo nghề đang làm công việc đơn giản tại các doanh nghiệp được đào tạo nghề dưới hình thức bồi dưỡng, tập huấn tại doanh nghiệp hoặc bồi dưỡng kỹ năng nghề nghiệp tại các cơ sở dạy nghề phù hợp công việc đang làm. Tham mưu với cấp ủy đảng, phối hợp với chính quyền (NSDLĐ) hàng năm xây dựng chỉ tiêu cụ thể việc “Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động” vào nội quy, quy chế của cơ quan, đơn vị, doanh nghiệp và quy định đây là một trong các tiêu chí để bình xét thi đua hàng năm.',
        ),
        sidebar_heading='văn bản mới',
        sidebar=(
            'HD sơ kết 5 năm thực hiện Kết luận số 77-KL/TW ngày 24/2/2012 của Ban Bí thư Trung ương Đảng về Tổ chức Tháng công nhân',
            'V/v truyên truyền kết quả giải quyết sự cố môi trường tại một số tỉnh miền Trung (kèm tài liệu tuyên truyền)',
            'Hướng dẫn công tác tuyên truyền "Năm hữu nghị Việt Nam - Campuchia"; "Năm đoàn kết hữu nghị Việt Nam - Lào" năm 2017',
            'Triển khai thỏa thuận với CTCP Thương mại Nguyễn Kim',
            'Vận động CNVCLĐ chung tay chia sẻ khó khăn với người chăn nuôi',
        ),
    ),
)

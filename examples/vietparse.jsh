import org.vietparse.*;
import org.vietparse.date.*;
import org.vietparse.money.*;
import org.vietparse.title.*;
import org.vietparse.official.*;
import java.time.*;
System.out.println("vietparse ready: try VietParse.extract(\"Chiều 10/11, Bộ trưởng Bộ Ngoại giao tiếp đoàn.\")");
